;;; guard/Submit (pass on sat)
; temper verifier L0, Analysis: can the guard of `Submit` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `spec_diff != ''` reads `spec_diff`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `root_cause != ''` reads `root_cause`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `Problem[problem_id].status == 'Open'` reads the status of a related `Problem` (other entities are not modelled)
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: spec_diff != '' && root_cause != '' && Problem[problem_id].status == 'Open'
(assert (and unknown_1 unknown_2 unknown_3))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3))

;;; guard/Pass (pass on sat)
; temper verifier L0, Analysis: can the guard of `Pass` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.summary != ''` reads `params.summary`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Pass` fires from Verifying
(assert (= pre_status S_Verifying))
; guard: params.summary != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Fail (pass on sat)
; temper verifier L0, Analysis: can the guard of `Fail` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.summary != ''` reads `params.summary`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Fail` fires from Verifying
(assert (= pre_status S_Verifying))
; guard: params.summary != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Accept (pass on sat)
; temper verifier L0, Analysis: can the guard of `Accept` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.resolution != ''` reads `params.resolution`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Accept` fires from Verified
(assert (= pre_status S_Verified))
; guard: params.resolution != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Reject (pass on sat)
; temper verifier L0, Analysis: can the guard of `Reject` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Reject` fires from Draft, Verified
(assert (or (= pre_status S_Draft) (= pre_status S_Verified)))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Supersede (pass on sat)
; temper verifier L0, Analysis: can the guard of `Supersede` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Supersede` fires from Draft, Verifying, Verified
(assert (or (= pre_status S_Draft) (= pre_status S_Verifying) (= pre_status S_Verified)))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; initial/OnlyPassedIsVerified (pass on unsat)
; temper verifier L0, Analysis: does `OnlyPassedIsVerified` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const unknown_1 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `OnlyPassedIsVerified` fails in the initial state: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (not (=> (or (= S_Draft S_Verified) (= S_Draft S_Accepted)) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/OnlyPassedIsVerified/Submit (pass on unsat)
; temper verifier L0, Analysis: can `Submit` break `OnlyPassedIsVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `spec_diff != ''` reads `spec_diff`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `root_cause != ''` reads `root_cause`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `Problem[problem_id].status == 'Open'` reads the status of a related `Problem` (other entities are not modelled)
(declare-const unknown_4 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: spec_diff != '' && root_cause != '' && Problem[problem_id].status == 'Open'
(assert (and unknown_1 unknown_2 unknown_3))
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_4))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_5))
; `OnlyPassedIsVerified` fails after `Submit`
(assert (not (=> (or (= S_Verifying S_Verified) (= S_Verifying S_Accepted)) unknown_6)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/OnlyPassedIsVerified/Pass (pass on unsat)
; temper verifier L0, Analysis: can `Pass` break `OnlyPassedIsVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.summary != ''` reads `params.summary`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Pass` fires from Verifying
(assert (= pre_status S_Verifying))
; guard: params.summary != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `OnlyPassedIsVerified` fails after `Pass`
(assert (not (=> (or (= S_Verified S_Verified) (= S_Verified S_Accepted)) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/OnlyPassedIsVerified/Fail (pass on unsat)
; temper verifier L0, Analysis: can `Fail` break `OnlyPassedIsVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.summary != ''` reads `params.summary`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Fail` fires from Verifying
(assert (= pre_status S_Verifying))
; guard: params.summary != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `OnlyPassedIsVerified` fails after `Fail`
(assert (not (=> (or (= S_VerificationFailed S_Verified) (= S_VerificationFailed S_Accepted)) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/OnlyPassedIsVerified/Accept (pass on unsat)
; temper verifier L0, Analysis: can `Accept` break `OnlyPassedIsVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.resolution != ''` reads `params.resolution`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Accept` fires from Verified
(assert (= pre_status S_Verified))
; guard: params.resolution != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `OnlyPassedIsVerified` fails after `Accept`
(assert (not (=> (or (= S_Accepted S_Verified) (= S_Accepted S_Accepted)) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/OnlyPassedIsVerified/Reject (pass on unsat)
; temper verifier L0, Analysis: can `Reject` break `OnlyPassedIsVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Reject` fires from Draft, Verified
(assert (or (= pre_status S_Draft) (= pre_status S_Verified)))
; guard: params.reason != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `OnlyPassedIsVerified` fails after `Reject`
(assert (not (=> (or (= S_Rejected S_Verified) (= S_Rejected S_Accepted)) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/OnlyPassedIsVerified/Supersede (pass on unsat)
; temper verifier L0, Analysis: can `Supersede` break `OnlyPassedIsVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Supersede` fires from Draft, Verifying, Verified
(assert (or (= pre_status S_Draft) (= pre_status S_Verifying) (= pre_status S_Verified)))
; guard: params.reason != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `OnlyPassedIsVerified` fails after `Supersede`
(assert (not (=> (or (= S_Superseded S_Verified) (= S_Superseded S_Accepted)) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; initial/FailedSaysSo (pass on unsat)
; temper verifier L0, Analysis: does `FailedSaysSo` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const unknown_1 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `FailedSaysSo` fails in the initial state: status == 'VerificationFailed' => verification == 'failed'
(assert (not (=> (= S_Draft S_VerificationFailed) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/FailedSaysSo/Submit (pass on unsat)
; temper verifier L0, Analysis: can `Submit` break `FailedSaysSo`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `spec_diff != ''` reads `spec_diff`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `root_cause != ''` reads `root_cause`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `Problem[problem_id].status == 'Open'` reads the status of a related `Problem` (other entities are not modelled)
(declare-const unknown_4 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: spec_diff != '' && root_cause != '' && Problem[problem_id].status == 'Open'
(assert (and unknown_1 unknown_2 unknown_3))
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_4))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_5))
; `FailedSaysSo` fails after `Submit`
(assert (not (=> (= S_Verifying S_VerificationFailed) unknown_6)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/FailedSaysSo/Pass (pass on unsat)
; temper verifier L0, Analysis: can `Pass` break `FailedSaysSo`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.summary != ''` reads `params.summary`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Pass` fires from Verifying
(assert (= pre_status S_Verifying))
; guard: params.summary != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `FailedSaysSo` fails after `Pass`
(assert (not (=> (= S_Verified S_VerificationFailed) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/FailedSaysSo/Fail (pass on unsat)
; temper verifier L0, Analysis: can `Fail` break `FailedSaysSo`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.summary != ''` reads `params.summary`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Fail` fires from Verifying
(assert (= pre_status S_Verifying))
; guard: params.summary != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `FailedSaysSo` fails after `Fail`
(assert (not (=> (= S_VerificationFailed S_VerificationFailed) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/FailedSaysSo/Accept (pass on unsat)
; temper verifier L0, Analysis: can `Accept` break `FailedSaysSo`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.resolution != ''` reads `params.resolution`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Accept` fires from Verified
(assert (= pre_status S_Verified))
; guard: params.resolution != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `FailedSaysSo` fails after `Accept`
(assert (not (=> (= S_Accepted S_VerificationFailed) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/FailedSaysSo/Reject (pass on unsat)
; temper verifier L0, Analysis: can `Reject` break `FailedSaysSo`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Reject` fires from Draft, Verified
(assert (or (= pre_status S_Draft) (= pre_status S_Verified)))
; guard: params.reason != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `FailedSaysSo` fails after `Reject`
(assert (not (=> (= S_Rejected S_VerificationFailed) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/FailedSaysSo/Supersede (pass on unsat)
; temper verifier L0, Analysis: can `Supersede` break `FailedSaysSo`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Verifying) (S_Verified) (S_VerificationFailed) (S_Accepted) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'failed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Supersede` fires from Draft, Verifying, Verified
(assert (or (= pre_status S_Draft) (= pre_status S_Verifying) (= pre_status S_Verified)))
; guard: params.reason != ''
(assert unknown_1)
; invariant OnlyPassedIsVerified holds before: status in ['Verified', 'Accepted'] => verification == 'passed'
(assert (=> (or (= pre_status S_Verified) (= pre_status S_Accepted)) unknown_2))
; invariant FailedSaysSo holds before: status == 'VerificationFailed' => verification == 'failed'
(assert (=> (= pre_status S_VerificationFailed) unknown_3))
; `FailedSaysSo` fails after `Supersede`
(assert (not (=> (= S_Superseded S_VerificationFailed) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

