;;; guard/File (pass on sat)
; temper verifier L0, Problem: can the guard of `File` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Open) (S_Resolved) (S_Rejected))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `statement != ''` reads `statement`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `Observation[observation_id].status in ['Open', 'UnderReview']` reads the status of a related `Observation` (other entities are not modelled)
; `File` fires from Draft
(assert (= pre_status S_Draft))
; guard: statement != '' && Observation[observation_id].status in ['Open', 'UnderReview']
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/Resolve (pass on sat)
; temper verifier L0, Problem: can the guard of `Resolve` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Open) (S_Resolved) (S_Rejected))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.resolution != ''` reads `params.resolution`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Resolve` fires from Open
(assert (= pre_status S_Open))
; guard: params.resolution != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Reject (pass on sat)
; temper verifier L0, Problem: can the guard of `Reject` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Open) (S_Resolved) (S_Rejected))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Reject` fires from Draft, Open
(assert (or (= pre_status S_Draft) (= pre_status S_Open)))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; initial/FiledProblemsSayWhat (pass on unsat)
; temper verifier L0, Problem: does `FiledProblemsSayWhat` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Open) (S_Resolved) (S_Rejected))))
(declare-const unknown_1 Bool) ; unknown: `statement != ''` reads `statement`, a string (L1–L3 check it over its domain; L0 does not see it)
; `FiledProblemsSayWhat` fails in the initial state: status in ['Open', 'Resolved'] => statement != ''
(assert (not (=> (or (= S_Draft S_Open) (= S_Draft S_Resolved)) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/FiledProblemsSayWhat/File (pass on unsat)
; temper verifier L0, Problem: can `File` break `FiledProblemsSayWhat`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Open) (S_Resolved) (S_Rejected))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `statement != ''` reads `statement`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `Observation[observation_id].status in ['Open', 'UnderReview']` reads the status of a related `Observation` (other entities are not modelled)
(declare-const unknown_3 Bool) ; unknown: `statement != ''` reads `statement`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `statement != ''` reads `statement`, a string (L1–L3 check it over its domain; L0 does not see it)
; `File` fires from Draft
(assert (= pre_status S_Draft))
; guard: statement != '' && Observation[observation_id].status in ['Open', 'UnderReview']
(assert (and unknown_1 unknown_2))
; invariant FiledProblemsSayWhat holds before: status in ['Open', 'Resolved'] => statement != ''
(assert (=> (or (= pre_status S_Open) (= pre_status S_Resolved)) unknown_3))
; `FiledProblemsSayWhat` fails after `File`
(assert (not (=> (or (= S_Open S_Open) (= S_Open S_Resolved)) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/FiledProblemsSayWhat/Resolve (pass on unsat)
; temper verifier L0, Problem: can `Resolve` break `FiledProblemsSayWhat`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Open) (S_Resolved) (S_Rejected))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.resolution != ''` reads `params.resolution`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `statement != ''` reads `statement`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `statement != ''` reads `statement`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Resolve` fires from Open
(assert (= pre_status S_Open))
; guard: params.resolution != ''
(assert unknown_1)
; invariant FiledProblemsSayWhat holds before: status in ['Open', 'Resolved'] => statement != ''
(assert (=> (or (= pre_status S_Open) (= pre_status S_Resolved)) unknown_2))
; `FiledProblemsSayWhat` fails after `Resolve`
(assert (not (=> (or (= S_Resolved S_Open) (= S_Resolved S_Resolved)) unknown_3)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3))

;;; inductive/FiledProblemsSayWhat/Reject (pass on unsat)
; temper verifier L0, Problem: can `Reject` break `FiledProblemsSayWhat`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Open) (S_Resolved) (S_Rejected))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `statement != ''` reads `statement`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `statement != ''` reads `statement`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Reject` fires from Draft, Open
(assert (or (= pre_status S_Draft) (= pre_status S_Open)))
; guard: params.reason != ''
(assert unknown_1)
; invariant FiledProblemsSayWhat holds before: status in ['Open', 'Resolved'] => statement != ''
(assert (=> (or (= pre_status S_Open) (= pre_status S_Resolved)) unknown_2))
; `FiledProblemsSayWhat` fails after `Reject`
(assert (not (=> (or (= S_Rejected S_Open) (= S_Rejected S_Resolved)) unknown_3)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3))

