;;; guard/Edit (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `Edit` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.title != ''` reads `params.title`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.category in ['purchase', 'access', 'deployment', 'travel', 'other']` reads `params.category`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= (- 9223372036854775808) param_amount_cents 9223372036854775807))
; `Edit` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.title != '' && params.category in ['purchase', 'access', 'deployment', 'travel', 'other'] && params.amount_cents >= 0 && (params.amount_cents < 1000000 || required_approvals >= 2)
(assert (and unknown_1 unknown_2 (>= param_amount_cents 0) (or (< param_amount_cents 1000000) (>= pre_required_approvals 2))))
(check-sat)
;;; on sat: (get-value (pre_required_approvals pre_status unknown_1 unknown_2 param_amount_cents))

;;; guard/SetRequiredApprovals (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `SetRequiredApprovals` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_status Status) ; the status before
(declare-const param_count Int) ; int parameter `count`
(declare-const unknown_1 Bool) ; unknown: `amount_cents < 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= (- 9223372036854775808) param_count 9223372036854775807))
; `SetRequiredApprovals` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.count >= 1 && params.count <= 5 && (params.count >= 2 || amount_cents < 1000000)
(assert (and (>= param_count 1) (<= param_count 5) (or (>= param_count 2) unknown_1)))
(check-sat)
;;; on sat: (get-value (pre_status param_count unknown_1))

;;; guard/AddApprover (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `AddApprover` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver != requester` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.approver not in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
; `AddApprover` fires from Draft, Submitted
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted)))
; guard: params.approver != '' && params.approver != requester && params.approver not in approvers && len(approvers) < 10
(assert (and unknown_1 unknown_2 unknown_3 (< pre_len_approvers 10)))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_status unknown_1 unknown_2 unknown_3))

;;; guard/RemoveApprover (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `RemoveApprover` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
(assert (<= 0 pre_len_approvers))
(assert (<= (- 9223372036854775808) param_index 9223372036854775807))
; `RemoveApprover` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.index >= 0 && params.index < len(approvers)
(assert (and (>= param_index 0) (< param_index pre_len_approvers)))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_status param_index))

;;; guard/Submit (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `Submit` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.requester != ''` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.requester not in approvers` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.requester != '' && params.requester not in approvers && title != '' && len(approvers) >= required_approvals
(assert (and unknown_1 unknown_2 unknown_3 (>= pre_len_approvers pre_required_approvals)))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_status unknown_1 unknown_2 unknown_3))

;;; guard/Recall (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `Recall` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Recall` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by == requester
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/StartReview (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `StartReview` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by in approvers` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `StartReview` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by in approvers
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Approve (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `Approve` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver not in approved_by` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Approve` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.approver not in approved_by
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/Finalize (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `Finalize` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
; `Finalize` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: approvals >= required_approvals
(assert (>= pre_approvals pre_required_approvals))
(check-sat)
;;; on sat: (get-value (pre_required_approvals pre_approvals pre_status))

;;; guard/Reject (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `Reject` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Reject` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.reason != ''
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/Comment (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `Comment` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.body != ''` reads `params.body`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Comment` fires from Draft, Submitted, UnderReview
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted) (= pre_status S_UnderReview)))
; guard: params.body != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Withdraw (pass on sat)
; temper verifier L0, ApprovalRequest: can the guard of `Withdraw` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by != ''` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `requester == ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Withdraw` fires from Draft, Submitted, UnderReview
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted) (= pre_status S_UnderReview)))
; guard: params.by != '' && (requester == '' || params.by == requester) && params.reason != ''
(assert (and unknown_1 (or unknown_2 unknown_3) unknown_4))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; initial/ApprovedMeetsQuorum (pass on unsat)
; temper verifier L0, ApprovalRequest: does `ApprovedMeetsQuorum` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
; `ApprovedMeetsQuorum` fails in the initial state: status == 'Approved' => approvals >= required_approvals
(assert (not (=> (= S_Draft S_Approved) (>= 0 1))))
(check-sat)

;;; inductive/ApprovedMeetsQuorum/SetRequiredApprovals (pass on unsat)
; temper verifier L0, ApprovalRequest: can `SetRequiredApprovals` break `ApprovedMeetsQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_count Int) ; int parameter `count`
(declare-const unknown_1 Bool) ; unknown: `amount_cents < 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_required_approvals Int) ; `required_approvals` after `required_approvals = params.count`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
(assert (<= (- 9223372036854775808) param_count 9223372036854775807))
; `SetRequiredApprovals` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.count >= 1 && params.count <= 5 && (params.count >= 2 || amount_cents < 1000000)
(assert (and (>= param_count 1) (<= param_count 5) (or (>= param_count 2) unknown_1)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: required_approvals = params.count
; the runtime rejects a negative value for a counter
(assert (>= param_count 0))
(assert (= mid1_required_approvals param_count))
; `ApprovedMeetsQuorum` fails after `SetRequiredApprovals`
(assert (not (=> (= pre_status S_Approved) (>= pre_approvals mid1_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status param_count unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 mid1_required_approvals))

;;; inductive/ApprovedMeetsQuorum/Submit (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Submit` break `ApprovedMeetsQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.requester != ''` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.requester not in approvers` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_submissions Int) ; `submissions` after `submissions += 1`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.requester != '' && params.requester not in approvers && title != '' && len(approvers) >= required_approvals
(assert (and unknown_1 unknown_2 unknown_3 (>= pre_len_approvers pre_required_approvals)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: submissions += 1
(assert (= mid1_submissions (ite (< (+ pre_submissions 1) 0) 0 (ite (> (+ pre_submissions 1) 9223372036854775807) 9223372036854775807 (+ pre_submissions 1)))))
; `ApprovedMeetsQuorum` fails after `Submit`
(assert (not (=> (= S_Submitted S_Approved) (>= pre_approvals pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_submissions))

;;; inductive/ApprovedMeetsQuorum/Recall (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Recall` break `ApprovedMeetsQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Recall` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by == requester
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovedMeetsQuorum` fails after `Recall`
(assert (not (=> (= S_Draft S_Approved) (>= pre_approvals pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/ApprovedMeetsQuorum/StartReview (pass on unsat)
; temper verifier L0, ApprovalRequest: can `StartReview` break `ApprovedMeetsQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by in approvers` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `StartReview` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by in approvers
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovedMeetsQuorum` fails after `StartReview`
(assert (not (=> (= S_UnderReview S_Approved) (>= pre_approvals pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/ApprovedMeetsQuorum/Approve (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Approve` break `ApprovedMeetsQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver not in approved_by` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approved_by Int) ; len(approved_by) after `append(approved_by, params.approver)`
(declare-const mid2_approvals Int) ; `approvals` after `approvals += 1`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Approve` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.approver not in approved_by
(assert (and unknown_1 unknown_2))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_3 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_4)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_5 unknown_6 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_7)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_8 unknown_9)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: append(approved_by, params.approver)
(assert (= mid1_len_approved_by (+ pre_len_approved_by 1)))
; effect: approvals += 1
(assert (= mid2_approvals (ite (< (+ pre_approvals 1) 0) 0 (ite (> (+ pre_approvals 1) 9223372036854775807) 9223372036854775807 (+ pre_approvals 1)))))
; `ApprovedMeetsQuorum` fails after `Approve`
(assert (not (=> (= pre_status S_Approved) (>= mid2_approvals pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 mid1_len_approved_by mid2_approvals))

;;; inductive/ApprovedMeetsQuorum/Finalize (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Finalize` break `ApprovedMeetsQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Finalize` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: approvals >= required_approvals
(assert (>= pre_approvals pre_required_approvals))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovedMeetsQuorum` fails after `Finalize`
(assert (not (=> (= S_Approved S_Approved) (>= pre_approvals pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/ApprovedMeetsQuorum/Reject (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Reject` break `ApprovedMeetsQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Reject` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.reason != ''
(assert (and unknown_1 unknown_2))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_3 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_4)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_5 unknown_6 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_7)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_8 unknown_9)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovedMeetsQuorum` fails after `Reject`
(assert (not (=> (= S_Rejected S_Approved) (>= pre_approvals pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9))

;;; inductive/ApprovedMeetsQuorum/Withdraw (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Withdraw` break `ApprovedMeetsQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by != ''` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `requester == ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Withdraw` fires from Draft, Submitted, UnderReview
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted) (= pre_status S_UnderReview)))
; guard: params.by != '' && (requester == '' || params.by == requester) && params.reason != ''
(assert (and unknown_1 (or unknown_2 unknown_3) unknown_4))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_5 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_6)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_7 unknown_8 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_9)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_10 unknown_11)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovedMeetsQuorum` fails after `Withdraw`
(assert (not (=> (= S_Withdrawn S_Approved) (>= pre_approvals pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; initial/AtLeastOneApprovalRequired (pass on unsat)
; temper verifier L0, ApprovalRequest: does `AtLeastOneApprovalRequired` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
; `AtLeastOneApprovalRequired` fails in the initial state: required_approvals >= 1 && required_approvals <= 5
(assert (not (and (>= 1 1) (<= 1 5))))
(check-sat)

;;; inductive/AtLeastOneApprovalRequired/SetRequiredApprovals (pass on unsat)
; temper verifier L0, ApprovalRequest: can `SetRequiredApprovals` break `AtLeastOneApprovalRequired`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_count Int) ; int parameter `count`
(declare-const unknown_1 Bool) ; unknown: `amount_cents < 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_required_approvals Int) ; `required_approvals` after `required_approvals = params.count`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
(assert (<= (- 9223372036854775808) param_count 9223372036854775807))
; `SetRequiredApprovals` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.count >= 1 && params.count <= 5 && (params.count >= 2 || amount_cents < 1000000)
(assert (and (>= param_count 1) (<= param_count 5) (or (>= param_count 2) unknown_1)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: required_approvals = params.count
; the runtime rejects a negative value for a counter
(assert (>= param_count 0))
(assert (= mid1_required_approvals param_count))
; `AtLeastOneApprovalRequired` fails after `SetRequiredApprovals`
(assert (not (and (>= mid1_required_approvals 1) (<= mid1_required_approvals 5))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status param_count unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 mid1_required_approvals))

;;; initial/HighValueNeedsTwoApprovals (pass on unsat)
; temper verifier L0, ApprovalRequest: does `HighValueNeedsTwoApprovals` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
; `HighValueNeedsTwoApprovals` fails in the initial state: amount_cents >= 1000000 => required_approvals >= 2
(assert (not (=> unknown_1 (>= 1 2))))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/HighValueNeedsTwoApprovals/SetRequiredApprovals (pass on unsat)
; temper verifier L0, ApprovalRequest: can `SetRequiredApprovals` break `HighValueNeedsTwoApprovals`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_count Int) ; int parameter `count`
(declare-const unknown_1 Bool) ; unknown: `amount_cents < 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_required_approvals Int) ; `required_approvals` after `required_approvals = params.count`
(declare-const unknown_9 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
(assert (<= (- 9223372036854775808) param_count 9223372036854775807))
; `SetRequiredApprovals` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.count >= 1 && params.count <= 5 && (params.count >= 2 || amount_cents < 1000000)
(assert (and (>= param_count 1) (<= param_count 5) (or (>= param_count 2) unknown_1)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: required_approvals = params.count
; the runtime rejects a negative value for a counter
(assert (>= param_count 0))
(assert (= mid1_required_approvals param_count))
; `HighValueNeedsTwoApprovals` fails after `SetRequiredApprovals`
(assert (not (=> unknown_9 (>= mid1_required_approvals 2))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status param_count unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 mid1_required_approvals unknown_9))

;;; initial/AmountNeverNegative (pass on unsat)
; temper verifier L0, ApprovalRequest: does `AmountNeverNegative` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
; `AmountNeverNegative` fails in the initial state: amount_cents >= 0
(assert (not unknown_1))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; initial/OneApprovalPerApprover (pass on unsat)
; temper verifier L0, ApprovalRequest: does `OneApprovalPerApprover` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
; `OneApprovalPerApprover` fails in the initial state: approvals == len(approved_by) && approvals <= len(approvers)
(assert (not (and (= 0 0) (<= 0 0))))
(check-sat)

;;; inductive/OneApprovalPerApprover/AddApprover (pass on unsat)
; temper verifier L0, ApprovalRequest: can `AddApprover` break `OneApprovalPerApprover`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver != requester` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.approver not in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approvers Int) ; len(approvers) after `append(approvers, params.approver)`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `AddApprover` fires from Draft, Submitted
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted)))
; guard: params.approver != '' && params.approver != requester && params.approver not in approvers && len(approvers) < 10
(assert (and unknown_1 unknown_2 unknown_3 (< pre_len_approvers 10)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: append(approvers, params.approver)
(assert (= mid1_len_approvers (+ pre_len_approvers 1)))
; `OneApprovalPerApprover` fails after `AddApprover`
(assert (not (and (= pre_approvals pre_len_approved_by) (<= pre_approvals mid1_len_approvers))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_len_approvers))

;;; inductive/OneApprovalPerApprover/RemoveApprover (pass on unsat)
; temper verifier L0, ApprovalRequest: can `RemoveApprover` break `OneApprovalPerApprover`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approvers Int) ; len(approvers) after `remove_at(approvers, params.index)`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
(assert (<= (- 9223372036854775808) param_index 9223372036854775807))
; `RemoveApprover` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.index >= 0 && params.index < len(approvers)
(assert (and (>= param_index 0) (< param_index pre_len_approvers)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: remove_at(approvers, params.index)
(assert (= mid1_len_approvers (ite (and (<= 0 param_index) (< param_index pre_len_approvers)) (- pre_len_approvers 1) pre_len_approvers)))
; `OneApprovalPerApprover` fails after `RemoveApprover`
(assert (not (and (= pre_approvals pre_len_approved_by) (<= pre_approvals mid1_len_approvers))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status param_index unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_len_approvers))

;;; inductive/OneApprovalPerApprover/Approve (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Approve` break `OneApprovalPerApprover`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver not in approved_by` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approved_by Int) ; len(approved_by) after `append(approved_by, params.approver)`
(declare-const mid2_approvals Int) ; `approvals` after `approvals += 1`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Approve` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.approver not in approved_by
(assert (and unknown_1 unknown_2))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_3 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_4)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_5 unknown_6 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_7)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_8 unknown_9)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: append(approved_by, params.approver)
(assert (= mid1_len_approved_by (+ pre_len_approved_by 1)))
; effect: approvals += 1
(assert (= mid2_approvals (ite (< (+ pre_approvals 1) 0) 0 (ite (> (+ pre_approvals 1) 9223372036854775807) 9223372036854775807 (+ pre_approvals 1)))))
; `OneApprovalPerApprover` fails after `Approve`
(assert (not (and (= mid2_approvals mid1_len_approved_by) (<= mid2_approvals pre_len_approvers))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 mid1_len_approved_by mid2_approvals))

;;; initial/ApprovalsOnlyInReview (pass on unsat)
; temper verifier L0, ApprovalRequest: does `ApprovalsOnlyInReview` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
; `ApprovalsOnlyInReview` fails in the initial state: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (not (=> (> 0 0) (or (= S_Draft S_UnderReview) (= S_Draft S_Approved) (= S_Draft S_Rejected) (= S_Draft S_Withdrawn)))))
(check-sat)

;;; inductive/ApprovalsOnlyInReview/Submit (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Submit` break `ApprovalsOnlyInReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.requester != ''` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.requester not in approvers` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_submissions Int) ; `submissions` after `submissions += 1`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.requester != '' && params.requester not in approvers && title != '' && len(approvers) >= required_approvals
(assert (and unknown_1 unknown_2 unknown_3 (>= pre_len_approvers pre_required_approvals)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: submissions += 1
(assert (= mid1_submissions (ite (< (+ pre_submissions 1) 0) 0 (ite (> (+ pre_submissions 1) 9223372036854775807) 9223372036854775807 (+ pre_submissions 1)))))
; `ApprovalsOnlyInReview` fails after `Submit`
(assert (not (=> (> pre_approvals 0) (or (= S_Submitted S_UnderReview) (= S_Submitted S_Approved) (= S_Submitted S_Rejected) (= S_Submitted S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_submissions))

;;; inductive/ApprovalsOnlyInReview/Recall (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Recall` break `ApprovalsOnlyInReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Recall` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by == requester
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovalsOnlyInReview` fails after `Recall`
(assert (not (=> (> pre_approvals 0) (or (= S_Draft S_UnderReview) (= S_Draft S_Approved) (= S_Draft S_Rejected) (= S_Draft S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/ApprovalsOnlyInReview/StartReview (pass on unsat)
; temper verifier L0, ApprovalRequest: can `StartReview` break `ApprovalsOnlyInReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by in approvers` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `StartReview` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by in approvers
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovalsOnlyInReview` fails after `StartReview`
(assert (not (=> (> pre_approvals 0) (or (= S_UnderReview S_UnderReview) (= S_UnderReview S_Approved) (= S_UnderReview S_Rejected) (= S_UnderReview S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/ApprovalsOnlyInReview/Approve (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Approve` break `ApprovalsOnlyInReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver not in approved_by` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approved_by Int) ; len(approved_by) after `append(approved_by, params.approver)`
(declare-const mid2_approvals Int) ; `approvals` after `approvals += 1`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Approve` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.approver not in approved_by
(assert (and unknown_1 unknown_2))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_3 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_4)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_5 unknown_6 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_7)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_8 unknown_9)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: append(approved_by, params.approver)
(assert (= mid1_len_approved_by (+ pre_len_approved_by 1)))
; effect: approvals += 1
(assert (= mid2_approvals (ite (< (+ pre_approvals 1) 0) 0 (ite (> (+ pre_approvals 1) 9223372036854775807) 9223372036854775807 (+ pre_approvals 1)))))
; `ApprovalsOnlyInReview` fails after `Approve`
(assert (not (=> (> mid2_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 mid1_len_approved_by mid2_approvals))

;;; inductive/ApprovalsOnlyInReview/Finalize (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Finalize` break `ApprovalsOnlyInReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Finalize` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: approvals >= required_approvals
(assert (>= pre_approvals pre_required_approvals))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovalsOnlyInReview` fails after `Finalize`
(assert (not (=> (> pre_approvals 0) (or (= S_Approved S_UnderReview) (= S_Approved S_Approved) (= S_Approved S_Rejected) (= S_Approved S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/ApprovalsOnlyInReview/Reject (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Reject` break `ApprovalsOnlyInReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Reject` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.reason != ''
(assert (and unknown_1 unknown_2))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_3 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_4)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_5 unknown_6 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_7)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_8 unknown_9)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovalsOnlyInReview` fails after `Reject`
(assert (not (=> (> pre_approvals 0) (or (= S_Rejected S_UnderReview) (= S_Rejected S_Approved) (= S_Rejected S_Rejected) (= S_Rejected S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9))

;;; inductive/ApprovalsOnlyInReview/Withdraw (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Withdraw` break `ApprovalsOnlyInReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by != ''` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `requester == ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Withdraw` fires from Draft, Submitted, UnderReview
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted) (= pre_status S_UnderReview)))
; guard: params.by != '' && (requester == '' || params.by == requester) && params.reason != ''
(assert (and unknown_1 (or unknown_2 unknown_3) unknown_4))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_5 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_6)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_7 unknown_8 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_9)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_10 unknown_11)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `ApprovalsOnlyInReview` fails after `Withdraw`
(assert (not (=> (> pre_approvals 0) (or (= S_Withdrawn S_UnderReview) (= S_Withdrawn S_Approved) (= S_Withdrawn S_Rejected) (= S_Withdrawn S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; initial/PanelCanReachQuorum (pass on unsat)
; temper verifier L0, ApprovalRequest: does `PanelCanReachQuorum` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
; `PanelCanReachQuorum` fails in the initial state: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (not (=> (or (= S_Draft S_Submitted) (= S_Draft S_UnderReview) (= S_Draft S_Approved) (= S_Draft S_Rejected)) (>= 0 1))))
(check-sat)

;;; inductive/PanelCanReachQuorum/SetRequiredApprovals (pass on unsat)
; temper verifier L0, ApprovalRequest: can `SetRequiredApprovals` break `PanelCanReachQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_count Int) ; int parameter `count`
(declare-const unknown_1 Bool) ; unknown: `amount_cents < 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_required_approvals Int) ; `required_approvals` after `required_approvals = params.count`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
(assert (<= (- 9223372036854775808) param_count 9223372036854775807))
; `SetRequiredApprovals` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.count >= 1 && params.count <= 5 && (params.count >= 2 || amount_cents < 1000000)
(assert (and (>= param_count 1) (<= param_count 5) (or (>= param_count 2) unknown_1)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: required_approvals = params.count
; the runtime rejects a negative value for a counter
(assert (>= param_count 0))
(assert (= mid1_required_approvals param_count))
; `PanelCanReachQuorum` fails after `SetRequiredApprovals`
(assert (not (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers mid1_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status param_count unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 mid1_required_approvals))

;;; inductive/PanelCanReachQuorum/AddApprover (pass on unsat)
; temper verifier L0, ApprovalRequest: can `AddApprover` break `PanelCanReachQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver != requester` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.approver not in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approvers Int) ; len(approvers) after `append(approvers, params.approver)`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `AddApprover` fires from Draft, Submitted
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted)))
; guard: params.approver != '' && params.approver != requester && params.approver not in approvers && len(approvers) < 10
(assert (and unknown_1 unknown_2 unknown_3 (< pre_len_approvers 10)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: append(approvers, params.approver)
(assert (= mid1_len_approvers (+ pre_len_approvers 1)))
; `PanelCanReachQuorum` fails after `AddApprover`
(assert (not (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= mid1_len_approvers pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_len_approvers))

;;; inductive/PanelCanReachQuorum/RemoveApprover (pass on unsat)
; temper verifier L0, ApprovalRequest: can `RemoveApprover` break `PanelCanReachQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approvers Int) ; len(approvers) after `remove_at(approvers, params.index)`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
(assert (<= (- 9223372036854775808) param_index 9223372036854775807))
; `RemoveApprover` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.index >= 0 && params.index < len(approvers)
(assert (and (>= param_index 0) (< param_index pre_len_approvers)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: remove_at(approvers, params.index)
(assert (= mid1_len_approvers (ite (and (<= 0 param_index) (< param_index pre_len_approvers)) (- pre_len_approvers 1) pre_len_approvers)))
; `PanelCanReachQuorum` fails after `RemoveApprover`
(assert (not (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= mid1_len_approvers pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status param_index unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_len_approvers))

;;; inductive/PanelCanReachQuorum/Submit (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Submit` break `PanelCanReachQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.requester != ''` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.requester not in approvers` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_submissions Int) ; `submissions` after `submissions += 1`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.requester != '' && params.requester not in approvers && title != '' && len(approvers) >= required_approvals
(assert (and unknown_1 unknown_2 unknown_3 (>= pre_len_approvers pre_required_approvals)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: submissions += 1
(assert (= mid1_submissions (ite (< (+ pre_submissions 1) 0) 0 (ite (> (+ pre_submissions 1) 9223372036854775807) 9223372036854775807 (+ pre_submissions 1)))))
; `PanelCanReachQuorum` fails after `Submit`
(assert (not (=> (or (= S_Submitted S_Submitted) (= S_Submitted S_UnderReview) (= S_Submitted S_Approved) (= S_Submitted S_Rejected)) (>= pre_len_approvers pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_submissions))

;;; inductive/PanelCanReachQuorum/Recall (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Recall` break `PanelCanReachQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Recall` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by == requester
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `PanelCanReachQuorum` fails after `Recall`
(assert (not (=> (or (= S_Draft S_Submitted) (= S_Draft S_UnderReview) (= S_Draft S_Approved) (= S_Draft S_Rejected)) (>= pre_len_approvers pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/PanelCanReachQuorum/StartReview (pass on unsat)
; temper verifier L0, ApprovalRequest: can `StartReview` break `PanelCanReachQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by in approvers` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `StartReview` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by in approvers
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `PanelCanReachQuorum` fails after `StartReview`
(assert (not (=> (or (= S_UnderReview S_Submitted) (= S_UnderReview S_UnderReview) (= S_UnderReview S_Approved) (= S_UnderReview S_Rejected)) (>= pre_len_approvers pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/PanelCanReachQuorum/Finalize (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Finalize` break `PanelCanReachQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Finalize` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: approvals >= required_approvals
(assert (>= pre_approvals pre_required_approvals))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `PanelCanReachQuorum` fails after `Finalize`
(assert (not (=> (or (= S_Approved S_Submitted) (= S_Approved S_UnderReview) (= S_Approved S_Approved) (= S_Approved S_Rejected)) (>= pre_len_approvers pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/PanelCanReachQuorum/Reject (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Reject` break `PanelCanReachQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Reject` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.reason != ''
(assert (and unknown_1 unknown_2))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_3 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_4)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_5 unknown_6 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_7)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_8 unknown_9)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `PanelCanReachQuorum` fails after `Reject`
(assert (not (=> (or (= S_Rejected S_Submitted) (= S_Rejected S_UnderReview) (= S_Rejected S_Approved) (= S_Rejected S_Rejected)) (>= pre_len_approvers pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9))

;;; inductive/PanelCanReachQuorum/Withdraw (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Withdraw` break `PanelCanReachQuorum`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by != ''` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `requester == ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Withdraw` fires from Draft, Submitted, UnderReview
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted) (= pre_status S_UnderReview)))
; guard: params.by != '' && (requester == '' || params.by == requester) && params.reason != ''
(assert (and unknown_1 (or unknown_2 unknown_3) unknown_4))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_5 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_6)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_7 unknown_8 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_9)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_10 unknown_11)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `PanelCanReachQuorum` fails after `Withdraw`
(assert (not (=> (or (= S_Withdrawn S_Submitted) (= S_Withdrawn S_UnderReview) (= S_Withdrawn S_Approved) (= S_Withdrawn S_Rejected)) (>= pre_len_approvers pre_required_approvals))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; initial/SubmittedRequestsAreComplete (pass on unsat)
; temper verifier L0, ApprovalRequest: does `SubmittedRequestsAreComplete` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const unknown_1 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
; `SubmittedRequestsAreComplete` fails in the initial state: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (not (=> (or (= S_Draft S_Submitted) (= S_Draft S_UnderReview) (= S_Draft S_Approved) (= S_Draft S_Rejected)) (and unknown_1 unknown_2 (>= 0 1)))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/SubmittedRequestsAreComplete/Submit (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Submit` break `SubmittedRequestsAreComplete`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.requester != ''` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.requester not in approvers` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_submissions Int) ; `submissions` after `submissions += 1`
(declare-const unknown_11 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.requester != '' && params.requester not in approvers && title != '' && len(approvers) >= required_approvals
(assert (and unknown_1 unknown_2 unknown_3 (>= pre_len_approvers pre_required_approvals)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: submissions += 1
(assert (= mid1_submissions (ite (< (+ pre_submissions 1) 0) 0 (ite (> (+ pre_submissions 1) 9223372036854775807) 9223372036854775807 (+ pre_submissions 1)))))
; `SubmittedRequestsAreComplete` fails after `Submit`
(assert (not (=> (or (= S_Submitted S_Submitted) (= S_Submitted S_UnderReview) (= S_Submitted S_Approved) (= S_Submitted S_Rejected)) (and unknown_11 unknown_12 (>= mid1_submissions 1)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_submissions unknown_11 unknown_12))

;;; inductive/SubmittedRequestsAreComplete/Recall (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Recall` break `SubmittedRequestsAreComplete`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Recall` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by == requester
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `SubmittedRequestsAreComplete` fails after `Recall`
(assert (not (=> (or (= S_Draft S_Submitted) (= S_Draft S_UnderReview) (= S_Draft S_Approved) (= S_Draft S_Rejected)) (and unknown_9 unknown_10 (>= pre_submissions 1)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10))

;;; inductive/SubmittedRequestsAreComplete/StartReview (pass on unsat)
; temper verifier L0, ApprovalRequest: can `StartReview` break `SubmittedRequestsAreComplete`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by in approvers` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `StartReview` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by in approvers
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `SubmittedRequestsAreComplete` fails after `StartReview`
(assert (not (=> (or (= S_UnderReview S_Submitted) (= S_UnderReview S_UnderReview) (= S_UnderReview S_Approved) (= S_UnderReview S_Rejected)) (and unknown_9 unknown_10 (>= pre_submissions 1)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10))

;;; inductive/SubmittedRequestsAreComplete/Finalize (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Finalize` break `SubmittedRequestsAreComplete`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Finalize` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: approvals >= required_approvals
(assert (>= pre_approvals pre_required_approvals))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `SubmittedRequestsAreComplete` fails after `Finalize`
(assert (not (=> (or (= S_Approved S_Submitted) (= S_Approved S_UnderReview) (= S_Approved S_Approved) (= S_Approved S_Rejected)) (and unknown_8 unknown_9 (>= pre_submissions 1)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9))

;;; inductive/SubmittedRequestsAreComplete/Reject (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Reject` break `SubmittedRequestsAreComplete`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Reject` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.reason != ''
(assert (and unknown_1 unknown_2))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_3 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_4)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_5 unknown_6 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_7)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_8 unknown_9)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `SubmittedRequestsAreComplete` fails after `Reject`
(assert (not (=> (or (= S_Rejected S_Submitted) (= S_Rejected S_UnderReview) (= S_Rejected S_Approved) (= S_Rejected S_Rejected)) (and unknown_10 unknown_11 (>= pre_submissions 1)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/SubmittedRequestsAreComplete/Withdraw (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Withdraw` break `SubmittedRequestsAreComplete`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by != ''` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `requester == ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Withdraw` fires from Draft, Submitted, UnderReview
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted) (= pre_status S_UnderReview)))
; guard: params.by != '' && (requester == '' || params.by == requester) && params.reason != ''
(assert (and unknown_1 (or unknown_2 unknown_3) unknown_4))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_5 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_6)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_7 unknown_8 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_9)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_10 unknown_11)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `SubmittedRequestsAreComplete` fails after `Withdraw`
(assert (not (=> (or (= S_Withdrawn S_Submitted) (= S_Withdrawn S_UnderReview) (= S_Withdrawn S_Approved) (= S_Withdrawn S_Rejected)) (and unknown_12 unknown_13 (>= pre_submissions 1)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13))

;;; initial/RequesterNotOnPanel (pass on unsat)
; temper verifier L0, ApprovalRequest: does `RequesterNotOnPanel` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const unknown_1 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
; `RequesterNotOnPanel` fails in the initial state: requester not in approvers
(assert (not unknown_1))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/RequesterNotOnPanel/AddApprover (pass on unsat)
; temper verifier L0, ApprovalRequest: can `AddApprover` break `RequesterNotOnPanel`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver != requester` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.approver not in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approvers Int) ; len(approvers) after `append(approvers, params.approver)`
(declare-const unknown_11 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `AddApprover` fires from Draft, Submitted
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted)))
; guard: params.approver != '' && params.approver != requester && params.approver not in approvers && len(approvers) < 10
(assert (and unknown_1 unknown_2 unknown_3 (< pre_len_approvers 10)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: append(approvers, params.approver)
(assert (= mid1_len_approvers (+ pre_len_approvers 1)))
; `RequesterNotOnPanel` fails after `AddApprover`
(assert (not unknown_11))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_len_approvers unknown_11))

;;; inductive/RequesterNotOnPanel/RemoveApprover (pass on unsat)
; temper verifier L0, ApprovalRequest: can `RemoveApprover` break `RequesterNotOnPanel`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approvers Int) ; len(approvers) after `remove_at(approvers, params.index)`
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
(assert (<= (- 9223372036854775808) param_index 9223372036854775807))
; `RemoveApprover` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.index >= 0 && params.index < len(approvers)
(assert (and (>= param_index 0) (< param_index pre_len_approvers)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: remove_at(approvers, params.index)
(assert (= mid1_len_approvers (ite (and (<= 0 param_index) (< param_index pre_len_approvers)) (- pre_len_approvers 1) pre_len_approvers)))
; `RequesterNotOnPanel` fails after `RemoveApprover`
(assert (not unknown_8))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status param_index unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_len_approvers unknown_8))

;;; initial/PanelAtMostTen (pass on unsat)
; temper verifier L0, ApprovalRequest: does `PanelAtMostTen` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
; `PanelAtMostTen` fails in the initial state: len(approvers) <= 10
(assert (not (<= 0 10)))
(check-sat)

;;; inductive/PanelAtMostTen/AddApprover (pass on unsat)
; temper verifier L0, ApprovalRequest: can `AddApprover` break `PanelAtMostTen`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver != requester` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.approver not in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approvers Int) ; len(approvers) after `append(approvers, params.approver)`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `AddApprover` fires from Draft, Submitted
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted)))
; guard: params.approver != '' && params.approver != requester && params.approver not in approvers && len(approvers) < 10
(assert (and unknown_1 unknown_2 unknown_3 (< pre_len_approvers 10)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: append(approvers, params.approver)
(assert (= mid1_len_approvers (+ pre_len_approvers 1)))
; `PanelAtMostTen` fails after `AddApprover`
(assert (not (<= mid1_len_approvers 10)))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_len_approvers))

;;; inductive/PanelAtMostTen/RemoveApprover (pass on unsat)
; temper verifier L0, ApprovalRequest: can `RemoveApprover` break `PanelAtMostTen`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_approvers Int) ; len(approvers) after `remove_at(approvers, params.index)`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
(assert (<= (- 9223372036854775808) param_index 9223372036854775807))
; `RemoveApprover` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.index >= 0 && params.index < len(approvers)
(assert (and (>= param_index 0) (< param_index pre_len_approvers)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: remove_at(approvers, params.index)
(assert (= mid1_len_approvers (ite (and (<= 0 param_index) (< param_index pre_len_approvers)) (- pre_len_approvers 1) pre_len_approvers)))
; `PanelAtMostTen` fails after `RemoveApprover`
(assert (not (<= mid1_len_approvers 10)))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status param_index unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_len_approvers))

;;; initial/DecisionsAreExplained (pass on unsat)
; temper verifier L0, ApprovalRequest: does `DecisionsAreExplained` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const unknown_1 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
; `DecisionsAreExplained` fails in the initial state: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (not (=> (or (= S_Draft S_Approved) (= S_Draft S_Rejected) (= S_Draft S_Withdrawn)) (and unknown_1 unknown_2))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/DecisionsAreExplained/Submit (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Submit` break `DecisionsAreExplained`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.requester != ''` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.requester not in approvers` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_submissions Int) ; `submissions` after `submissions += 1`
(declare-const unknown_11 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.requester != '' && params.requester not in approvers && title != '' && len(approvers) >= required_approvals
(assert (and unknown_1 unknown_2 unknown_3 (>= pre_len_approvers pre_required_approvals)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: submissions += 1
(assert (= mid1_submissions (ite (< (+ pre_submissions 1) 0) 0 (ite (> (+ pre_submissions 1) 9223372036854775807) 9223372036854775807 (+ pre_submissions 1)))))
; `DecisionsAreExplained` fails after `Submit`
(assert (not (=> (or (= S_Submitted S_Approved) (= S_Submitted S_Rejected) (= S_Submitted S_Withdrawn)) (and unknown_11 unknown_12))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_submissions unknown_11 unknown_12))

;;; inductive/DecisionsAreExplained/Recall (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Recall` break `DecisionsAreExplained`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Recall` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by == requester
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `DecisionsAreExplained` fails after `Recall`
(assert (not (=> (or (= S_Draft S_Approved) (= S_Draft S_Rejected) (= S_Draft S_Withdrawn)) (and unknown_9 unknown_10))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10))

;;; inductive/DecisionsAreExplained/StartReview (pass on unsat)
; temper verifier L0, ApprovalRequest: can `StartReview` break `DecisionsAreExplained`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by in approvers` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `StartReview` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by in approvers
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `DecisionsAreExplained` fails after `StartReview`
(assert (not (=> (or (= S_UnderReview S_Approved) (= S_UnderReview S_Rejected) (= S_UnderReview S_Withdrawn)) (and unknown_9 unknown_10))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10))

;;; inductive/DecisionsAreExplained/Finalize (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Finalize` break `DecisionsAreExplained`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Finalize` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: approvals >= required_approvals
(assert (>= pre_approvals pre_required_approvals))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `DecisionsAreExplained` fails after `Finalize`
(assert (not (=> (or (= S_Approved S_Approved) (= S_Approved S_Rejected) (= S_Approved S_Withdrawn)) (and unknown_8 unknown_9))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9))

;;; inductive/DecisionsAreExplained/Reject (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Reject` break `DecisionsAreExplained`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Reject` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.reason != ''
(assert (and unknown_1 unknown_2))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_3 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_4)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_5 unknown_6 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_7)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_8 unknown_9)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `DecisionsAreExplained` fails after `Reject`
(assert (not (=> (or (= S_Rejected S_Approved) (= S_Rejected S_Rejected) (= S_Rejected S_Withdrawn)) (and unknown_10 unknown_11))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/DecisionsAreExplained/Withdraw (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Withdraw` break `DecisionsAreExplained`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by != ''` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `requester == ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Withdraw` fires from Draft, Submitted, UnderReview
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted) (= pre_status S_UnderReview)))
; guard: params.by != '' && (requester == '' || params.by == requester) && params.reason != ''
(assert (and unknown_1 (or unknown_2 unknown_3) unknown_4))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_5 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_6)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_7 unknown_8 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_9)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_10 unknown_11)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `DecisionsAreExplained` fails after `Withdraw`
(assert (not (=> (or (= S_Withdrawn S_Approved) (= S_Withdrawn S_Rejected) (= S_Withdrawn S_Withdrawn)) (and unknown_12 unknown_13))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13))

;;; initial/EscalatedOnlyAfterReview (pass on unsat)
; temper verifier L0, ApprovalRequest: does `EscalatedOnlyAfterReview` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
; `EscalatedOnlyAfterReview` fails in the initial state: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (not (=> false (or (= S_Draft S_UnderReview) (= S_Draft S_Approved) (= S_Draft S_Rejected) (= S_Draft S_Withdrawn)))))
(check-sat)

;;; inductive/EscalatedOnlyAfterReview/Submit (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Submit` break `EscalatedOnlyAfterReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.requester != ''` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.requester not in approvers` reads `params.requester`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_submissions Int) ; `submissions` after `submissions += 1`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Submit` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.requester != '' && params.requester not in approvers && title != '' && len(approvers) >= required_approvals
(assert (and unknown_1 unknown_2 unknown_3 (>= pre_len_approvers pre_required_approvals)))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_4 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_5)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_6 unknown_7 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_8)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_9 unknown_10)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: submissions += 1
(assert (= mid1_submissions (ite (< (+ pre_submissions 1) 0) 0 (ite (> (+ pre_submissions 1) 9223372036854775807) 9223372036854775807 (+ pre_submissions 1)))))
; `EscalatedOnlyAfterReview` fails after `Submit`
(assert (not (=> pre_escalated (or (= S_Submitted S_UnderReview) (= S_Submitted S_Approved) (= S_Submitted S_Rejected) (= S_Submitted S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_submissions))

;;; inductive/EscalatedOnlyAfterReview/Recall (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Recall` break `EscalatedOnlyAfterReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Recall` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by == requester
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `EscalatedOnlyAfterReview` fails after `Recall`
(assert (not (=> pre_escalated (or (= S_Draft S_UnderReview) (= S_Draft S_Approved) (= S_Draft S_Rejected) (= S_Draft S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/EscalatedOnlyAfterReview/StartReview (pass on unsat)
; temper verifier L0, ApprovalRequest: can `StartReview` break `EscalatedOnlyAfterReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by in approvers` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `StartReview` fires from Submitted
(assert (= pre_status S_Submitted))
; guard: params.by in approvers
(assert unknown_1)
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_2 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_3)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_4 unknown_5 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_6)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_7 unknown_8)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `EscalatedOnlyAfterReview` fails after `StartReview`
(assert (not (=> pre_escalated (or (= S_UnderReview S_UnderReview) (= S_UnderReview S_Approved) (= S_UnderReview S_Rejected) (= S_UnderReview S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/EscalatedOnlyAfterReview/Finalize (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Finalize` break `EscalatedOnlyAfterReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Finalize` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: approvals >= required_approvals
(assert (>= pre_approvals pre_required_approvals))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `EscalatedOnlyAfterReview` fails after `Finalize`
(assert (not (=> pre_escalated (or (= S_Approved S_UnderReview) (= S_Approved S_Approved) (= S_Approved S_Rejected) (= S_Approved S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/EscalatedOnlyAfterReview/Reject (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Reject` break `EscalatedOnlyAfterReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver in approvers` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Reject` fires from UnderReview
(assert (= pre_status S_UnderReview))
; guard: params.approver in approvers && params.reason != ''
(assert (and unknown_1 unknown_2))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_3 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_4)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_5 unknown_6 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_7)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_8 unknown_9)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `EscalatedOnlyAfterReview` fails after `Reject`
(assert (not (=> pre_escalated (or (= S_Rejected S_UnderReview) (= S_Rejected S_Approved) (= S_Rejected S_Rejected) (= S_Rejected S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9))

;;; inductive/EscalatedOnlyAfterReview/Escalate (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Escalate` break `EscalatedOnlyAfterReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_escalated Bool) ; `escalated` after `escalated = true`
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Escalate` fires from UnderReview
(assert (= pre_status S_UnderReview))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_1 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_2)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_3 unknown_4 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_5)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_6 unknown_7)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; effect: escalated = true
(assert (= mid1_escalated true))
; `EscalatedOnlyAfterReview` fails after `Escalate`
(assert (not (=> mid1_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_escalated))

;;; inductive/EscalatedOnlyAfterReview/Withdraw (pass on unsat)
; temper verifier L0, ApprovalRequest: can `Withdraw` break `EscalatedOnlyAfterReview`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Submitted) (S_UnderReview) (S_Approved) (S_Rejected) (S_Withdrawn))))
(declare-const pre_len_approvers Int) ; len(approvers), the list's length
(declare-const pre_required_approvals Int) ; counter `required_approvals`
(declare-const pre_approvals Int) ; counter `approvals`
(declare-const pre_len_approved_by Int) ; len(approved_by), the list's length
(declare-const pre_submissions Int) ; counter `submissions`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.by != ''` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `requester == ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.by == requester` reads `params.by`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `amount_cents >= 1000000` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `amount_cents >= 0` reads `amount_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `requester != ''` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `requester not in approvers` reads `requester`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `decided_by != ''` reads `decided_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `decision_note != ''` reads `decision_note`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_approvers))
(assert (<= 0 pre_required_approvals 9223372036854775807))
(assert (<= 0 pre_approvals 9223372036854775807))
(assert (<= 0 pre_len_approved_by))
(assert (<= 0 pre_submissions 9223372036854775807))
; `Withdraw` fires from Draft, Submitted, UnderReview
(assert (or (= pre_status S_Draft) (= pre_status S_Submitted) (= pre_status S_UnderReview)))
; guard: params.by != '' && (requester == '' || params.by == requester) && params.reason != ''
(assert (and unknown_1 (or unknown_2 unknown_3) unknown_4))
; invariant ApprovedMeetsQuorum holds before: status == 'Approved' => approvals >= required_approvals
(assert (=> (= pre_status S_Approved) (>= pre_approvals pre_required_approvals)))
; invariant AtLeastOneApprovalRequired holds before: required_approvals >= 1 && required_approvals <= 5
(assert (and (>= pre_required_approvals 1) (<= pre_required_approvals 5)))
; invariant HighValueNeedsTwoApprovals holds before: amount_cents >= 1000000 => required_approvals >= 2
(assert (=> unknown_5 (>= pre_required_approvals 2)))
; invariant AmountNeverNegative holds before: amount_cents >= 0
(assert unknown_6)
; invariant OneApprovalPerApprover holds before: approvals == len(approved_by) && approvals <= len(approvers)
(assert (and (= pre_approvals pre_len_approved_by) (<= pre_approvals pre_len_approvers)))
; invariant ApprovalsOnlyInReview holds before: approvals > 0 => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> (> pre_approvals 0) (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; invariant PanelCanReachQuorum holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => len(approvers) >= required_approvals
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (>= pre_len_approvers pre_required_approvals)))
; invariant SubmittedRequestsAreComplete holds before: status in ['Submitted', 'UnderReview', 'Approved', 'Rejected'] => requester != '' && title != '' && submissions >= 1
(assert (=> (or (= pre_status S_Submitted) (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected)) (and unknown_7 unknown_8 (>= pre_submissions 1))))
; invariant RequesterNotOnPanel holds before: requester not in approvers
(assert unknown_9)
; invariant PanelAtMostTen holds before: len(approvers) <= 10
(assert (<= pre_len_approvers 10))
; invariant DecisionsAreExplained holds before: status in ['Approved', 'Rejected', 'Withdrawn'] => decided_by != '' && decision_note != ''
(assert (=> (or (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn)) (and unknown_10 unknown_11)))
; invariant EscalatedOnlyAfterReview holds before: escalated => status in ['UnderReview', 'Approved', 'Rejected', 'Withdrawn']
(assert (=> pre_escalated (or (= pre_status S_UnderReview) (= pre_status S_Approved) (= pre_status S_Rejected) (= pre_status S_Withdrawn))))
; `EscalatedOnlyAfterReview` fails after `Withdraw`
(assert (not (=> pre_escalated (or (= S_Withdrawn S_UnderReview) (= S_Withdrawn S_Approved) (= S_Withdrawn S_Rejected) (= S_Withdrawn S_Withdrawn)))))
(check-sat)
;;; on sat: (get-value (pre_len_approvers pre_required_approvals pre_approvals pre_len_approved_by pre_submissions pre_escalated pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

