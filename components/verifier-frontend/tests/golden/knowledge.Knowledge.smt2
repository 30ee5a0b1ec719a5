;;; guard/Index (pass on sat)
; temper verifier L0, Knowledge: can the guard of `Index` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (not modelled)
; `Index` fires from Draft
(assert (= pre_status S_Draft))
; guard: content != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

