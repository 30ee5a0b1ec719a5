;;; guard/Update (pass on sat)
; temper verifier L0, Insight: can the guard of `Update` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Open) (S_Acknowledged) (S_Resolved) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const param_volume Int) ; int parameter `volume`
(assert (<= (- 9223372036854775808) param_volume 9223372036854775807))
; `Update` fires from Open, Acknowledged
(assert (or (= pre_status S_Open) (= pre_status S_Acknowledged)))
; guard: params.volume >= 0
(assert (>= param_volume 0))
(check-sat)
;;; on sat: (get-value (pre_status param_volume))

;;; guard/Resolve (pass on sat)
; temper verifier L0, Insight: can the guard of `Resolve` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Open) (S_Acknowledged) (S_Resolved) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.resolution != ''` reads `params.resolution`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Resolve` fires from Open, Acknowledged
(assert (or (= pre_status S_Open) (= pre_status S_Acknowledged)))
; guard: params.resolution != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Dismiss (pass on sat)
; temper verifier L0, Insight: can the guard of `Dismiss` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Open) (S_Acknowledged) (S_Resolved) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Dismiss` fires from Open, Acknowledged
(assert (or (= pre_status S_Open) (= pre_status S_Acknowledged)))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

