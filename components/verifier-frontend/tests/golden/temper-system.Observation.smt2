;;; guard/Recur (pass on sat)
; temper verifier L0, Observation: can the guard of `Recur` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Open) (S_UnderReview) (S_Resolved) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const param_observed Int) ; int parameter `observed`
(declare-const unknown_1 Bool) ; unknown: `params.statement != ''` reads `params.statement`, a string parameter (L1–L3 try its domain; L0 does not see it)
(assert (<= (- 9223372036854775808) param_observed 9223372036854775807))
; `Recur` fires from Open, UnderReview
(assert (or (= pre_status S_Open) (= pre_status S_UnderReview)))
; guard: params.observed >= 0 && params.statement != ''
(assert (and (>= param_observed 0) unknown_1))
(check-sat)
;;; on sat: (get-value (pre_status param_observed unknown_1))

;;; guard/Resolve (pass on sat)
; temper verifier L0, Observation: can the guard of `Resolve` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Open) (S_UnderReview) (S_Resolved) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.resolution != ''` reads `params.resolution`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Resolve` fires from Open, UnderReview
(assert (or (= pre_status S_Open) (= pre_status S_UnderReview)))
; guard: params.resolution != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Dismiss (pass on sat)
; temper verifier L0, Observation: can the guard of `Dismiss` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Open) (S_UnderReview) (S_Resolved) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Dismiss` fires from Open, UnderReview
(assert (or (= pre_status S_Open) (= pre_status S_UnderReview)))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; initial/ClosedSaysWhy (pass on unsat)
; temper verifier L0, Observation: does `ClosedSaysWhy` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Open) (S_UnderReview) (S_Resolved) (S_Dismissed))))
(declare-const unknown_1 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
; `ClosedSaysWhy` fails in the initial state: status in ['Resolved', 'Dismissed'] => resolution != ''
(assert (not (=> (or (= S_Open S_Resolved) (= S_Open S_Dismissed)) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/ClosedSaysWhy/Review (pass on unsat)
; temper verifier L0, Observation: can `Review` break `ClosedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Open) (S_UnderReview) (S_Resolved) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Review` fires from Open
(assert (= pre_status S_Open))
; invariant ClosedSaysWhy holds before: status in ['Resolved', 'Dismissed'] => resolution != ''
(assert (=> (or (= pre_status S_Resolved) (= pre_status S_Dismissed)) unknown_1))
; `ClosedSaysWhy` fails after `Review`
(assert (not (=> (or (= S_UnderReview S_Resolved) (= S_UnderReview S_Dismissed)) unknown_2)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; inductive/ClosedSaysWhy/Resolve (pass on unsat)
; temper verifier L0, Observation: can `Resolve` break `ClosedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Open) (S_UnderReview) (S_Resolved) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.resolution != ''` reads `params.resolution`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Resolve` fires from Open, UnderReview
(assert (or (= pre_status S_Open) (= pre_status S_UnderReview)))
; guard: params.resolution != ''
(assert unknown_1)
; invariant ClosedSaysWhy holds before: status in ['Resolved', 'Dismissed'] => resolution != ''
(assert (=> (or (= pre_status S_Resolved) (= pre_status S_Dismissed)) unknown_2))
; `ClosedSaysWhy` fails after `Resolve`
(assert (not (=> (or (= S_Resolved S_Resolved) (= S_Resolved S_Dismissed)) unknown_3)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3))

;;; inductive/ClosedSaysWhy/Dismiss (pass on unsat)
; temper verifier L0, Observation: can `Dismiss` break `ClosedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Open) (S_UnderReview) (S_Resolved) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Dismiss` fires from Open, UnderReview
(assert (or (= pre_status S_Open) (= pre_status S_UnderReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ClosedSaysWhy holds before: status in ['Resolved', 'Dismissed'] => resolution != ''
(assert (=> (or (= pre_status S_Resolved) (= pre_status S_Dismissed)) unknown_2))
; `ClosedSaysWhy` fails after `Dismiss`
(assert (not (=> (or (= S_Dismissed S_Resolved) (= S_Dismissed S_Dismissed)) unknown_3)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3))

