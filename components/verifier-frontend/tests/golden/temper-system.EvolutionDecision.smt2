;;; guard/Approve (pass on sat)
; temper verifier L0, EvolutionDecision: can the guard of `Approve` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.decided_by != ''` reads `params.decided_by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `Analysis[analysis_id].status == 'Verified'` reads the status of a related `Analysis` (other entities are not modelled)
; `Approve` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.decided_by != '' && Analysis[analysis_id].status == 'Verified'
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/Reject (pass on sat)
; temper verifier L0, EvolutionDecision: can the guard of `Reject` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.decided_by != ''` reads `params.decided_by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.rationale != ''` reads `params.rationale`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Reject` fires from Pending, Deferred
(assert (or (= pre_status S_Pending) (= pre_status S_Deferred)))
; guard: params.decided_by != '' && params.rationale != ''
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/Defer (pass on sat)
; temper verifier L0, EvolutionDecision: can the guard of `Defer` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.decided_by != ''` reads `params.decided_by`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Defer` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.decided_by != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/MarkLive (pass on sat)
; temper verifier L0, EvolutionDecision: can the guard of `MarkLive` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const param_version Int) ; int parameter `version`
(assert (<= (- 9223372036854775808) param_version 9223372036854775807))
; `MarkLive` fires from Approved
(assert (= pre_status S_Approved))
; guard: params.version > 0
(assert (> param_version 0))
(check-sat)
;;; on sat: (get-value (pre_status param_version))

;;; guard/DeployFailed (pass on sat)
; temper verifier L0, EvolutionDecision: can the guard of `DeployFailed` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.outcome != ''` reads `params.outcome`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `DeployFailed` fires from Approved
(assert (= pre_status S_Approved))
; guard: params.outcome != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Supersede (pass on sat)
; temper verifier L0, EvolutionDecision: can the guard of `Supersede` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Supersede` fires from Pending, Deferred
(assert (or (= pre_status S_Pending) (= pre_status S_Deferred)))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; initial/ApprovedWasVerified (pass on unsat)
; temper verifier L0, EvolutionDecision: does `ApprovedWasVerified` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const unknown_1 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
; `ApprovedWasVerified` fails in the initial state: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (not (=> (or (= S_Pending S_Approved) (= S_Pending S_Live) (= S_Pending S_DeployFailed)) (and unknown_1 unknown_2))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/ApprovedWasVerified/Approve (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Approve` break `ApprovedWasVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.decided_by != ''` reads `params.decided_by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `Analysis[analysis_id].status == 'Verified'` reads the status of a related `Analysis` (other entities are not modelled)
(declare-const unknown_3 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Approve` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.decided_by != '' && Analysis[analysis_id].status == 'Verified'
(assert (and unknown_1 unknown_2))
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_3 unknown_4)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_5))
; `ApprovedWasVerified` fails after `Approve`
(assert (not (=> (or (= S_Approved S_Approved) (= S_Approved S_Live) (= S_Approved S_DeployFailed)) (and unknown_6 unknown_7))))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/ApprovedWasVerified/Reject (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Reject` break `ApprovedWasVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.decided_by != ''` reads `params.decided_by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.rationale != ''` reads `params.rationale`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Reject` fires from Pending, Deferred
(assert (or (= pre_status S_Pending) (= pre_status S_Deferred)))
; guard: params.decided_by != '' && params.rationale != ''
(assert (and unknown_1 unknown_2))
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_3 unknown_4)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_5))
; `ApprovedWasVerified` fails after `Reject`
(assert (not (=> (or (= S_Rejected S_Approved) (= S_Rejected S_Live) (= S_Rejected S_DeployFailed)) (and unknown_6 unknown_7))))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/ApprovedWasVerified/Defer (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Defer` break `ApprovedWasVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.decided_by != ''` reads `params.decided_by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Defer` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.decided_by != ''
(assert unknown_1)
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_2 unknown_3)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_4))
; `ApprovedWasVerified` fails after `Defer`
(assert (not (=> (or (= S_Deferred S_Approved) (= S_Deferred S_Live) (= S_Deferred S_DeployFailed)) (and unknown_5 unknown_6))))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/ApprovedWasVerified/Reopen (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Reopen` break `ApprovedWasVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Reopen` fires from Deferred
(assert (= pre_status S_Deferred))
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_1 unknown_2)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_3))
; `ApprovedWasVerified` fails after `Reopen`
(assert (not (=> (or (= S_Pending S_Approved) (= S_Pending S_Live) (= S_Pending S_DeployFailed)) (and unknown_4 unknown_5))))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

;;; inductive/ApprovedWasVerified/MarkLive (pass on unsat)
; temper verifier L0, EvolutionDecision: can `MarkLive` break `ApprovedWasVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const param_version Int) ; int parameter `version`
(declare-const unknown_1 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= (- 9223372036854775808) param_version 9223372036854775807))
; `MarkLive` fires from Approved
(assert (= pre_status S_Approved))
; guard: params.version > 0
(assert (> param_version 0))
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_1 unknown_2)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_3))
; `ApprovedWasVerified` fails after `MarkLive`
(assert (not (=> (or (= S_Live S_Approved) (= S_Live S_Live) (= S_Live S_DeployFailed)) (and unknown_4 unknown_5))))
(check-sat)
;;; on sat: (get-value (pre_status param_version unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

;;; inductive/ApprovedWasVerified/DeployFailed (pass on unsat)
; temper verifier L0, EvolutionDecision: can `DeployFailed` break `ApprovedWasVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.outcome != ''` reads `params.outcome`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
; `DeployFailed` fires from Approved
(assert (= pre_status S_Approved))
; guard: params.outcome != ''
(assert unknown_1)
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_2 unknown_3)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_4))
; `ApprovedWasVerified` fails after `DeployFailed`
(assert (not (=> (or (= S_DeployFailed S_Approved) (= S_DeployFailed S_Live) (= S_DeployFailed S_DeployFailed)) (and unknown_5 unknown_6))))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/ApprovedWasVerified/Supersede (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Supersede` break `ApprovedWasVerified`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Supersede` fires from Pending, Deferred
(assert (or (= pre_status S_Pending) (= pre_status S_Deferred)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_2 unknown_3)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_4))
; `ApprovedWasVerified` fails after `Supersede`
(assert (not (=> (or (= S_Superseded S_Approved) (= S_Superseded S_Live) (= S_Superseded S_DeployFailed)) (and unknown_5 unknown_6))))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; initial/LiveHasVersion (pass on unsat)
; temper verifier L0, EvolutionDecision: does `LiveHasVersion` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const unknown_1 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
; `LiveHasVersion` fails in the initial state: status == 'Live' => deployed_version > 0
(assert (not (=> (= S_Pending S_Live) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/LiveHasVersion/Approve (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Approve` break `LiveHasVersion`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.decided_by != ''` reads `params.decided_by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `Analysis[analysis_id].status == 'Verified'` reads the status of a related `Analysis` (other entities are not modelled)
(declare-const unknown_3 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
; `Approve` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.decided_by != '' && Analysis[analysis_id].status == 'Verified'
(assert (and unknown_1 unknown_2))
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_3 unknown_4)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_5))
; `LiveHasVersion` fails after `Approve`
(assert (not (=> (= S_Approved S_Live) unknown_6)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/LiveHasVersion/Reject (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Reject` break `LiveHasVersion`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.decided_by != ''` reads `params.decided_by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.rationale != ''` reads `params.rationale`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
; `Reject` fires from Pending, Deferred
(assert (or (= pre_status S_Pending) (= pre_status S_Deferred)))
; guard: params.decided_by != '' && params.rationale != ''
(assert (and unknown_1 unknown_2))
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_3 unknown_4)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_5))
; `LiveHasVersion` fails after `Reject`
(assert (not (=> (= S_Rejected S_Live) unknown_6)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/LiveHasVersion/Defer (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Defer` break `LiveHasVersion`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.decided_by != ''` reads `params.decided_by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
; `Defer` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.decided_by != ''
(assert unknown_1)
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_2 unknown_3)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_4))
; `LiveHasVersion` fails after `Defer`
(assert (not (=> (= S_Deferred S_Live) unknown_5)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

;;; inductive/LiveHasVersion/Reopen (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Reopen` break `LiveHasVersion`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
; `Reopen` fires from Deferred
(assert (= pre_status S_Deferred))
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_1 unknown_2)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_3))
; `LiveHasVersion` fails after `Reopen`
(assert (not (=> (= S_Pending S_Live) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/LiveHasVersion/MarkLive (pass on unsat)
; temper verifier L0, EvolutionDecision: can `MarkLive` break `LiveHasVersion`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const param_version Int) ; int parameter `version`
(declare-const unknown_1 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= (- 9223372036854775808) param_version 9223372036854775807))
; `MarkLive` fires from Approved
(assert (= pre_status S_Approved))
; guard: params.version > 0
(assert (> param_version 0))
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_1 unknown_2)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_3))
; `LiveHasVersion` fails after `MarkLive`
(assert (not (=> (= S_Live S_Live) unknown_4)))
(check-sat)
;;; on sat: (get-value (pre_status param_version unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/LiveHasVersion/DeployFailed (pass on unsat)
; temper verifier L0, EvolutionDecision: can `DeployFailed` break `LiveHasVersion`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.outcome != ''` reads `params.outcome`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
; `DeployFailed` fires from Approved
(assert (= pre_status S_Approved))
; guard: params.outcome != ''
(assert unknown_1)
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_2 unknown_3)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_4))
; `LiveHasVersion` fails after `DeployFailed`
(assert (not (=> (= S_DeployFailed S_Live) unknown_5)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

;;; inductive/LiveHasVersion/Supersede (pass on unsat)
; temper verifier L0, EvolutionDecision: can `Supersede` break `LiveHasVersion`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Deferred) (S_Approved) (S_Live) (S_DeployFailed) (S_Rejected) (S_Superseded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `verification == 'passed'` reads `verification`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `deployed_version > 0` reads `deployed_version`, an int (L1–L3 check it over its domain; L0 does not see it)
; `Supersede` fires from Pending, Deferred
(assert (or (= pre_status S_Pending) (= pre_status S_Deferred)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ApprovedWasVerified holds before: status in ['Approved', 'Live', 'DeployFailed'] => verification == 'passed' && decided_by != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Live) (= pre_status S_DeployFailed)) (and unknown_2 unknown_3)))
; invariant LiveHasVersion holds before: status == 'Live' => deployed_version > 0
(assert (=> (= pre_status S_Live) unknown_4))
; `LiveHasVersion` fails after `Supersede`
(assert (not (=> (= S_Superseded S_Live) unknown_5)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

