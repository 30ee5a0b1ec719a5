;;; guard/Index (pass on sat)
; temper verifier L0, Knowledge: can the guard of `Index` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Index` fires from Draft
(assert (= pre_status S_Draft))
; guard: content != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; initial/IndexRequiresContent (pass on unsat)
; temper verifier L0, Knowledge: does `IndexRequiresContent` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
; `IndexRequiresContent` fails in the initial state: status in ['Indexed', 'Linked', 'Archived'] => (content != '')
(assert (not (=> (or (= S_Draft S_Indexed) (= S_Draft S_Linked) (= S_Draft S_Archived)) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/IndexRequiresContent/Index (pass on unsat)
; temper verifier L0, Knowledge: can `Index` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Index` fires from Draft
(assert (= pre_status S_Draft))
; guard: content != ''
(assert unknown_1)
; invariant IndexRequiresContent holds before: status in ['Indexed', 'Linked', 'Archived'] => (content != '')
(assert (=> (or (= pre_status S_Indexed) (= pre_status S_Linked) (= pre_status S_Archived)) unknown_2))
; `IndexRequiresContent` fails after `Index`
(assert (not (=> (or (= S_Indexed S_Indexed) (= S_Indexed S_Linked) (= S_Indexed S_Archived)) unknown_3)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3))

;;; inductive/IndexRequiresContent/Link (pass on unsat)
; temper verifier L0, Knowledge: can `Link` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Link` fires from Indexed
(assert (= pre_status S_Indexed))
; invariant IndexRequiresContent holds before: status in ['Indexed', 'Linked', 'Archived'] => (content != '')
(assert (=> (or (= pre_status S_Indexed) (= pre_status S_Linked) (= pre_status S_Archived)) unknown_1))
; `IndexRequiresContent` fails after `Link`
(assert (not (=> (or (= S_Linked S_Indexed) (= S_Linked S_Linked) (= S_Linked S_Archived)) unknown_2)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; inductive/IndexRequiresContent/Archive (pass on unsat)
; temper verifier L0, Knowledge: can `Archive` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Archive` fires from Indexed, Linked
(assert (or (= pre_status S_Indexed) (= pre_status S_Linked)))
; invariant IndexRequiresContent holds before: status in ['Indexed', 'Linked', 'Archived'] => (content != '')
(assert (=> (or (= pre_status S_Indexed) (= pre_status S_Linked) (= pre_status S_Archived)) unknown_1))
; `IndexRequiresContent` fails after `Archive`
(assert (not (=> (or (= S_Archived S_Indexed) (= S_Archived S_Linked) (= S_Archived S_Archived)) unknown_2)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

