;;; guard/Describe (pass on sat)
; temper verifier L0, Task: can the guard of `Describe` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.title != ''` reads `params.title`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Describe` fires from Backlog, Todo, InProgress, Blocked
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked)))
; guard: params.title != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Estimate (pass on sat)
; temper verifier L0, Task: can the guard of `Estimate` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const param_points Int) ; int parameter `points`
(assert (<= (- 9223372036854775808) param_points 9223372036854775807))
; `Estimate` fires from Backlog, Todo, InProgress, Blocked
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked)))
; guard: params.points >= 1 && params.points <= 21
(assert (and (>= param_points 1) (<= param_points 21)))
(check-sat)
;;; on sat: (get-value (pre_status param_points))

;;; guard/Prioritize (pass on sat)
; temper verifier L0, Task: can the guard of `Prioritize` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.priority in ['low', 'medium', 'high', 'urgent']` reads `params.priority`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Prioritize` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/AddLabel (pass on sat)
; temper verifier L0, Task: can the guard of `AddLabel` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.label != ''` reads `params.label`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.label not in labels` reads `params.label`, a string parameter (L1–L3 try its domain; L0 does not see it)
(assert (<= 0 pre_len_labels))
; `AddLabel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.label != '' && params.label not in labels && len(labels) < 10
(assert (and unknown_1 unknown_2 (< pre_len_labels 10)))
(check-sat)
;;; on sat: (get-value (pre_len_labels pre_status unknown_1 unknown_2))

;;; guard/RemoveLabel (pass on sat)
; temper verifier L0, Task: can the guard of `RemoveLabel` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
(assert (<= 0 pre_len_labels))
(assert (<= (- 9223372036854775808) param_index 9223372036854775807))
; `RemoveLabel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.index >= 0 && params.index < len(labels)
(assert (and (>= param_index 0) (< param_index pre_len_labels)))
(check-sat)
;;; on sat: (get-value (pre_len_labels pre_status param_index))

;;; guard/Comment (pass on sat)
; temper verifier L0, Task: can the guard of `Comment` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.body != ''` reads `params.body`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Comment` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.body != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/SetDueDate (pass on sat)
; temper verifier L0, Task: can the guard of `SetDueDate` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const param_due_at Int) ; int parameter `due_at`
(assert (<= (- 9223372036854775808) param_due_at 9223372036854775807))
; `SetDueDate` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.due_at > 0
(assert (> param_due_at 0))
(check-sat)
;;; on sat: (get-value (pre_status param_due_at))

;;; guard/MarkOverdue (pass on sat)
; temper verifier L0, Task: can the guard of `MarkOverdue` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
; `MarkOverdue` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: due_at > 0
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Assign (pass on sat)
; temper verifier L0, Task: can the guard of `Assign` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.assignee != ''` reads `params.assignee`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.assignee != assignee` reads `params.assignee`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Assign` fires from Backlog, Todo, InProgress, Blocked
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked)))
; guard: params.assignee != '' && params.assignee != assignee
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/Unassign (pass on sat)
; temper verifier L0, Task: can the guard of `Unassign` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Unassign` fires from Backlog, Todo
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo)))
; guard: assignee != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Plan (pass on sat)
; temper verifier L0, Task: can the guard of `Plan` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_status unknown_1))

;;; guard/Start (pass on sat)
; temper verifier L0, Task: can the guard of `Start` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_status unknown_1))

;;; guard/Block (pass on sat)
; temper verifier L0, Task: can the guard of `Block` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/SubmitForReview (pass on sat)
; temper verifier L0, Task: can the guard of `SubmitForReview` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/RequestChanges (pass on sat)
; temper verifier L0, Task: can the guard of `RequestChanges` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Approve (pass on sat)
; temper verifier L0, Task: can the guard of `Approve` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Approve` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.approver != '' && params.approver == reviewer
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/Cancel (pass on sat)
; temper verifier L0, Task: can the guard of `Cancel` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; initial/WorkHasAssignee (pass on unsat)
; temper verifier L0, Task: does `WorkHasAssignee` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
; `WorkHasAssignee` fails in the initial state: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (not (=> (or (= S_Backlog S_InProgress) (= S_Backlog S_Blocked) (= S_Backlog S_InReview) (= S_Backlog S_Done)) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/WorkHasAssignee/Plan (pass on unsat)
; temper verifier L0, Task: can `Plan` break `WorkHasAssignee`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `WorkHasAssignee` fails after `Plan`
(assert (not (=> (or (= S_Todo S_InProgress) (= S_Todo S_Blocked) (= S_Todo S_InReview) (= S_Todo S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/WorkHasAssignee/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `WorkHasAssignee`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `WorkHasAssignee` fails after `Defer`
(assert (not (=> (or (= S_Backlog S_InProgress) (= S_Backlog S_Blocked) (= S_Backlog S_InReview) (= S_Backlog S_Done)) unknown_11)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/WorkHasAssignee/Start (pass on unsat)
; temper verifier L0, Task: can `Start` break `WorkHasAssignee`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `WorkHasAssignee` fails after `Start`
(assert (not (=> (or (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/WorkHasAssignee/Block (pass on unsat)
; temper verifier L0, Task: can `Block` break `WorkHasAssignee`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_block_count Int) ; `block_count` after `block_count += 1`
(declare-const unknown_12 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `WorkHasAssignee` fails after `Block`
(assert (not (=> (or (= S_Blocked S_InProgress) (= S_Blocked S_Blocked) (= S_Blocked S_InReview) (= S_Blocked S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_block_count unknown_12))

;;; inductive/WorkHasAssignee/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `WorkHasAssignee`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `WorkHasAssignee` fails after `Unblock`
(assert (not (=> (or (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) unknown_11)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/WorkHasAssignee/SubmitForReview (pass on unsat)
; temper verifier L0, Task: can `SubmitForReview` break `WorkHasAssignee`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_review_rounds Int) ; `review_rounds` after `review_rounds += 1`
(declare-const unknown_13 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `WorkHasAssignee` fails after `SubmitForReview`
(assert (not (=> (or (= S_InReview S_InProgress) (= S_InReview S_Blocked) (= S_InReview S_InReview) (= S_InReview S_Done)) unknown_13)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_review_rounds unknown_13))

;;; inductive/WorkHasAssignee/RequestChanges (pass on unsat)
; temper verifier L0, Task: can `RequestChanges` break `WorkHasAssignee`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_comment_count Int) ; counter `comment_count`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_changes_requested Int) ; `changes_requested` after `changes_requested += 1`
(declare-const mid2_comment_count Int) ; `comment_count` after `comment_count += 1`
(declare-const unknown_12 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= 0 pre_comment_count 9223372036854775807))
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `WorkHasAssignee` fails after `RequestChanges`
(assert (not (=> (or (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_changes_requested mid2_comment_count unknown_12))

;;; inductive/WorkHasAssignee/Approve (pass on unsat)
; temper verifier L0, Task: can `Approve` break `WorkHasAssignee`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_approved Bool) ; `approved` after `approved = true`
(declare-const unknown_13 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Approve` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.approver != '' && params.approver == reviewer
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: approved = true
(assert (= mid1_approved true))
; `WorkHasAssignee` fails after `Approve`
(assert (not (=> (or (= S_Done S_InProgress) (= S_Done S_Blocked) (= S_Done S_InReview) (= S_Done S_Done)) unknown_13)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_approved unknown_13))

;;; inductive/WorkHasAssignee/Cancel (pass on unsat)
; temper verifier L0, Task: can `Cancel` break `WorkHasAssignee`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `WorkHasAssignee` fails after `Cancel`
(assert (not (=> (or (= S_Cancelled S_InProgress) (= S_Cancelled S_Blocked) (= S_Cancelled S_InReview) (= S_Cancelled S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; initial/PlannedWorkIsEstimated (pass on unsat)
; temper verifier L0, Task: does `PlannedWorkIsEstimated` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
; `PlannedWorkIsEstimated` fails in the initial state: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (not (=> (or (= S_Backlog S_Todo) (= S_Backlog S_InProgress) (= S_Backlog S_Blocked) (= S_Backlog S_InReview) (= S_Backlog S_Done)) (> 0 0))))
(check-sat)

;;; inductive/PlannedWorkIsEstimated/Estimate (pass on unsat)
; temper verifier L0, Task: can `Estimate` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const param_points Int) ; int parameter `points`
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_estimate_points Int) ; `estimate_points` after `estimate_points = params.points`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= (- 9223372036854775808) param_points 9223372036854775807))
; `Estimate` fires from Backlog, Todo, InProgress, Blocked
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked)))
; guard: params.points >= 1 && params.points <= 21
(assert (and (>= param_points 1) (<= param_points 21)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; effect: estimate_points = params.points
; the runtime rejects a negative value for a counter
(assert (>= param_points 0))
(assert (= mid1_estimate_points param_points))
; `PlannedWorkIsEstimated` fails after `Estimate`
(assert (not (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> mid1_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status param_points unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_estimate_points))

;;; inductive/PlannedWorkIsEstimated/Plan (pass on unsat)
; temper verifier L0, Task: can `Plan` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `PlannedWorkIsEstimated` fails after `Plan`
(assert (not (=> (or (= S_Todo S_Todo) (= S_Todo S_InProgress) (= S_Todo S_Blocked) (= S_Todo S_InReview) (= S_Todo S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/PlannedWorkIsEstimated/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `PlannedWorkIsEstimated` fails after `Defer`
(assert (not (=> (or (= S_Backlog S_Todo) (= S_Backlog S_InProgress) (= S_Backlog S_Blocked) (= S_Backlog S_InReview) (= S_Backlog S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10))

;;; inductive/PlannedWorkIsEstimated/Start (pass on unsat)
; temper verifier L0, Task: can `Start` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `PlannedWorkIsEstimated` fails after `Start`
(assert (not (=> (or (= S_InProgress S_Todo) (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/PlannedWorkIsEstimated/Block (pass on unsat)
; temper verifier L0, Task: can `Block` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_block_count Int) ; `block_count` after `block_count += 1`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `PlannedWorkIsEstimated` fails after `Block`
(assert (not (=> (or (= S_Blocked S_Todo) (= S_Blocked S_InProgress) (= S_Blocked S_Blocked) (= S_Blocked S_InReview) (= S_Blocked S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_block_count))

;;; inductive/PlannedWorkIsEstimated/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `PlannedWorkIsEstimated` fails after `Unblock`
(assert (not (=> (or (= S_InProgress S_Todo) (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10))

;;; inductive/PlannedWorkIsEstimated/SubmitForReview (pass on unsat)
; temper verifier L0, Task: can `SubmitForReview` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_review_rounds Int) ; `review_rounds` after `review_rounds += 1`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `PlannedWorkIsEstimated` fails after `SubmitForReview`
(assert (not (=> (or (= S_InReview S_Todo) (= S_InReview S_InProgress) (= S_InReview S_Blocked) (= S_InReview S_InReview) (= S_InReview S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_review_rounds))

;;; inductive/PlannedWorkIsEstimated/RequestChanges (pass on unsat)
; temper verifier L0, Task: can `RequestChanges` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_comment_count Int) ; counter `comment_count`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_changes_requested Int) ; `changes_requested` after `changes_requested += 1`
(declare-const mid2_comment_count Int) ; `comment_count` after `comment_count += 1`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= 0 pre_comment_count 9223372036854775807))
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `PlannedWorkIsEstimated` fails after `RequestChanges`
(assert (not (=> (or (= S_InProgress S_Todo) (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_changes_requested mid2_comment_count))

;;; inductive/PlannedWorkIsEstimated/Approve (pass on unsat)
; temper verifier L0, Task: can `Approve` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_approved Bool) ; `approved` after `approved = true`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Approve` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.approver != '' && params.approver == reviewer
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: approved = true
(assert (= mid1_approved true))
; `PlannedWorkIsEstimated` fails after `Approve`
(assert (not (=> (or (= S_Done S_Todo) (= S_Done S_InProgress) (= S_Done S_Blocked) (= S_Done S_InReview) (= S_Done S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_approved))

;;; inductive/PlannedWorkIsEstimated/Cancel (pass on unsat)
; temper verifier L0, Task: can `Cancel` break `PlannedWorkIsEstimated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `PlannedWorkIsEstimated` fails after `Cancel`
(assert (not (=> (or (= S_Cancelled S_Todo) (= S_Cancelled S_InProgress) (= S_Cancelled S_Blocked) (= S_Cancelled S_InReview) (= S_Cancelled S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; initial/PlannedWorkHasTitle (pass on unsat)
; temper verifier L0, Task: does `PlannedWorkHasTitle` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
; `PlannedWorkHasTitle` fails in the initial state: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (not (=> (or (= S_Backlog S_Todo) (= S_Backlog S_InProgress) (= S_Backlog S_Blocked) (= S_Backlog S_InReview) (= S_Backlog S_Done)) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/PlannedWorkHasTitle/Plan (pass on unsat)
; temper verifier L0, Task: can `Plan` break `PlannedWorkHasTitle`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `PlannedWorkHasTitle` fails after `Plan`
(assert (not (=> (or (= S_Todo S_Todo) (= S_Todo S_InProgress) (= S_Todo S_Blocked) (= S_Todo S_InReview) (= S_Todo S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/PlannedWorkHasTitle/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `PlannedWorkHasTitle`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `PlannedWorkHasTitle` fails after `Defer`
(assert (not (=> (or (= S_Backlog S_Todo) (= S_Backlog S_InProgress) (= S_Backlog S_Blocked) (= S_Backlog S_InReview) (= S_Backlog S_Done)) unknown_11)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/PlannedWorkHasTitle/Start (pass on unsat)
; temper verifier L0, Task: can `Start` break `PlannedWorkHasTitle`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `PlannedWorkHasTitle` fails after `Start`
(assert (not (=> (or (= S_InProgress S_Todo) (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/PlannedWorkHasTitle/Block (pass on unsat)
; temper verifier L0, Task: can `Block` break `PlannedWorkHasTitle`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_block_count Int) ; `block_count` after `block_count += 1`
(declare-const unknown_12 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `PlannedWorkHasTitle` fails after `Block`
(assert (not (=> (or (= S_Blocked S_Todo) (= S_Blocked S_InProgress) (= S_Blocked S_Blocked) (= S_Blocked S_InReview) (= S_Blocked S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_block_count unknown_12))

;;; inductive/PlannedWorkHasTitle/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `PlannedWorkHasTitle`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `PlannedWorkHasTitle` fails after `Unblock`
(assert (not (=> (or (= S_InProgress S_Todo) (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) unknown_11)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/PlannedWorkHasTitle/SubmitForReview (pass on unsat)
; temper verifier L0, Task: can `SubmitForReview` break `PlannedWorkHasTitle`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_review_rounds Int) ; `review_rounds` after `review_rounds += 1`
(declare-const unknown_13 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `PlannedWorkHasTitle` fails after `SubmitForReview`
(assert (not (=> (or (= S_InReview S_Todo) (= S_InReview S_InProgress) (= S_InReview S_Blocked) (= S_InReview S_InReview) (= S_InReview S_Done)) unknown_13)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_review_rounds unknown_13))

;;; inductive/PlannedWorkHasTitle/RequestChanges (pass on unsat)
; temper verifier L0, Task: can `RequestChanges` break `PlannedWorkHasTitle`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_comment_count Int) ; counter `comment_count`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_changes_requested Int) ; `changes_requested` after `changes_requested += 1`
(declare-const mid2_comment_count Int) ; `comment_count` after `comment_count += 1`
(declare-const unknown_12 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= 0 pre_comment_count 9223372036854775807))
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `PlannedWorkHasTitle` fails after `RequestChanges`
(assert (not (=> (or (= S_InProgress S_Todo) (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_changes_requested mid2_comment_count unknown_12))

;;; inductive/PlannedWorkHasTitle/Approve (pass on unsat)
; temper verifier L0, Task: can `Approve` break `PlannedWorkHasTitle`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_approved Bool) ; `approved` after `approved = true`
(declare-const unknown_13 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Approve` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.approver != '' && params.approver == reviewer
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: approved = true
(assert (= mid1_approved true))
; `PlannedWorkHasTitle` fails after `Approve`
(assert (not (=> (or (= S_Done S_Todo) (= S_Done S_InProgress) (= S_Done S_Blocked) (= S_Done S_InReview) (= S_Done S_Done)) unknown_13)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_approved unknown_13))

;;; inductive/PlannedWorkHasTitle/Cancel (pass on unsat)
; temper verifier L0, Task: can `Cancel` break `PlannedWorkHasTitle`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `PlannedWorkHasTitle` fails after `Cancel`
(assert (not (=> (or (= S_Cancelled S_Todo) (= S_Cancelled S_InProgress) (= S_Cancelled S_Blocked) (= S_Cancelled S_InReview) (= S_Cancelled S_Done)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; initial/BlockedSaysWhy (pass on unsat)
; temper verifier L0, Task: does `BlockedSaysWhy` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const unknown_1 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
; `BlockedSaysWhy` fails in the initial state: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (not (=> (= S_Backlog S_Blocked) (and unknown_1 (>= 0 1)))))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/BlockedSaysWhy/Plan (pass on unsat)
; temper verifier L0, Task: can `Plan` break `BlockedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `BlockedSaysWhy` fails after `Plan`
(assert (not (=> (= S_Todo S_Blocked) (and unknown_12 (>= pre_block_count 1)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/BlockedSaysWhy/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `BlockedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `BlockedSaysWhy` fails after `Defer`
(assert (not (=> (= S_Backlog S_Blocked) (and unknown_11 (>= pre_block_count 1)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/BlockedSaysWhy/Start (pass on unsat)
; temper verifier L0, Task: can `Start` break `BlockedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `BlockedSaysWhy` fails after `Start`
(assert (not (=> (= S_InProgress S_Blocked) (and unknown_12 (>= pre_block_count 1)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/BlockedSaysWhy/Block (pass on unsat)
; temper verifier L0, Task: can `Block` break `BlockedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_block_count Int) ; `block_count` after `block_count += 1`
(declare-const unknown_12 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `BlockedSaysWhy` fails after `Block`
(assert (not (=> (= S_Blocked S_Blocked) (and unknown_12 (>= mid1_block_count 1)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_block_count unknown_12))

;;; inductive/BlockedSaysWhy/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `BlockedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `BlockedSaysWhy` fails after `Unblock`
(assert (not (=> (= S_InProgress S_Blocked) (and unknown_11 (>= pre_block_count 1)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/BlockedSaysWhy/SubmitForReview (pass on unsat)
; temper verifier L0, Task: can `SubmitForReview` break `BlockedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_review_rounds Int) ; `review_rounds` after `review_rounds += 1`
(declare-const unknown_13 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `BlockedSaysWhy` fails after `SubmitForReview`
(assert (not (=> (= S_InReview S_Blocked) (and unknown_13 (>= pre_block_count 1)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_review_rounds unknown_13))

;;; inductive/BlockedSaysWhy/RequestChanges (pass on unsat)
; temper verifier L0, Task: can `RequestChanges` break `BlockedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_comment_count Int) ; counter `comment_count`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_changes_requested Int) ; `changes_requested` after `changes_requested += 1`
(declare-const mid2_comment_count Int) ; `comment_count` after `comment_count += 1`
(declare-const unknown_12 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= 0 pre_comment_count 9223372036854775807))
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `BlockedSaysWhy` fails after `RequestChanges`
(assert (not (=> (= S_InProgress S_Blocked) (and unknown_12 (>= pre_block_count 1)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_changes_requested mid2_comment_count unknown_12))

;;; inductive/BlockedSaysWhy/Approve (pass on unsat)
; temper verifier L0, Task: can `Approve` break `BlockedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_approved Bool) ; `approved` after `approved = true`
(declare-const unknown_13 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Approve` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.approver != '' && params.approver == reviewer
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: approved = true
(assert (= mid1_approved true))
; `BlockedSaysWhy` fails after `Approve`
(assert (not (=> (= S_Done S_Blocked) (and unknown_13 (>= pre_block_count 1)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_approved unknown_13))

;;; inductive/BlockedSaysWhy/Cancel (pass on unsat)
; temper verifier L0, Task: can `Cancel` break `BlockedSaysWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `BlockedSaysWhy` fails after `Cancel`
(assert (not (=> (= S_Cancelled S_Blocked) (and unknown_12 (>= pre_block_count 1)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; initial/EscalationFollowsBlock (pass on unsat)
; temper verifier L0, Task: does `EscalationFollowsBlock` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
; `EscalationFollowsBlock` fails in the initial state: escalated => block_count >= 1
(assert (not (=> false (>= 0 1))))
(check-sat)

;;; inductive/EscalationFollowsBlock/Block (pass on unsat)
; temper verifier L0, Task: can `Block` break `EscalationFollowsBlock`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_block_count Int) ; `block_count` after `block_count += 1`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `EscalationFollowsBlock` fails after `Block`
(assert (not (=> pre_escalated (>= mid1_block_count 1))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_block_count))

;;; inductive/EscalationFollowsBlock/Escalate (pass on unsat)
; temper verifier L0, Task: can `Escalate` break `EscalationFollowsBlock`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_escalated Bool) ; `escalated` after `escalated = true`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Escalate` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; effect: escalated = true
(assert (= mid1_escalated true))
; `EscalationFollowsBlock` fails after `Escalate`
(assert (not (=> mid1_escalated (>= pre_block_count 1))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_escalated))

;;; initial/InReviewHasReviewer (pass on unsat)
; temper verifier L0, Task: does `InReviewHasReviewer` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const unknown_1 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
; `InReviewHasReviewer` fails in the initial state: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (not (=> (= S_Backlog S_InReview) (and unknown_1 unknown_2 (< 0 0)))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/InReviewHasReviewer/Plan (pass on unsat)
; temper verifier L0, Task: can `Plan` break `InReviewHasReviewer`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `InReviewHasReviewer` fails after `Plan`
(assert (not (=> (= S_Todo S_InReview) (and unknown_12 unknown_13 (< pre_changes_requested pre_review_rounds)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13))

;;; inductive/InReviewHasReviewer/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `InReviewHasReviewer`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `InReviewHasReviewer` fails after `Defer`
(assert (not (=> (= S_Backlog S_InReview) (and unknown_11 unknown_12 (< pre_changes_requested pre_review_rounds)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/InReviewHasReviewer/Start (pass on unsat)
; temper verifier L0, Task: can `Start` break `InReviewHasReviewer`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `InReviewHasReviewer` fails after `Start`
(assert (not (=> (= S_InProgress S_InReview) (and unknown_12 unknown_13 (< pre_changes_requested pre_review_rounds)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13))

;;; inductive/InReviewHasReviewer/Block (pass on unsat)
; temper verifier L0, Task: can `Block` break `InReviewHasReviewer`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_block_count Int) ; `block_count` after `block_count += 1`
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `InReviewHasReviewer` fails after `Block`
(assert (not (=> (= S_Blocked S_InReview) (and unknown_12 unknown_13 (< pre_changes_requested pre_review_rounds)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_block_count unknown_12 unknown_13))

;;; inductive/InReviewHasReviewer/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `InReviewHasReviewer`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `InReviewHasReviewer` fails after `Unblock`
(assert (not (=> (= S_InProgress S_InReview) (and unknown_11 unknown_12 (< pre_changes_requested pre_review_rounds)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/InReviewHasReviewer/SubmitForReview (pass on unsat)
; temper verifier L0, Task: can `SubmitForReview` break `InReviewHasReviewer`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_review_rounds Int) ; `review_rounds` after `review_rounds += 1`
(declare-const unknown_13 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `InReviewHasReviewer` fails after `SubmitForReview`
(assert (not (=> (= S_InReview S_InReview) (and unknown_13 unknown_14 (< pre_changes_requested mid1_review_rounds)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_review_rounds unknown_13 unknown_14))

;;; inductive/InReviewHasReviewer/RequestChanges (pass on unsat)
; temper verifier L0, Task: can `RequestChanges` break `InReviewHasReviewer`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_comment_count Int) ; counter `comment_count`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_changes_requested Int) ; `changes_requested` after `changes_requested += 1`
(declare-const mid2_comment_count Int) ; `comment_count` after `comment_count += 1`
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= 0 pre_comment_count 9223372036854775807))
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `InReviewHasReviewer` fails after `RequestChanges`
(assert (not (=> (= S_InProgress S_InReview) (and unknown_12 unknown_13 (< mid1_changes_requested pre_review_rounds)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_changes_requested mid2_comment_count unknown_12 unknown_13))

;;; inductive/InReviewHasReviewer/Approve (pass on unsat)
; temper verifier L0, Task: can `Approve` break `InReviewHasReviewer`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_approved Bool) ; `approved` after `approved = true`
(declare-const unknown_13 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Approve` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.approver != '' && params.approver == reviewer
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: approved = true
(assert (= mid1_approved true))
; `InReviewHasReviewer` fails after `Approve`
(assert (not (=> (= S_Done S_InReview) (and unknown_13 unknown_14 (< pre_changes_requested pre_review_rounds)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_approved unknown_13 unknown_14))

;;; inductive/InReviewHasReviewer/Cancel (pass on unsat)
; temper verifier L0, Task: can `Cancel` break `InReviewHasReviewer`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `InReviewHasReviewer` fails after `Cancel`
(assert (not (=> (= S_Cancelled S_InReview) (and unknown_12 unknown_13 (< pre_changes_requested pre_review_rounds)))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13))

;;; initial/ChangesFollowReviews (pass on unsat)
; temper verifier L0, Task: does `ChangesFollowReviews` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
; `ChangesFollowReviews` fails in the initial state: changes_requested <= review_rounds
(assert (not (<= 0 0)))
(check-sat)

;;; inductive/ChangesFollowReviews/SubmitForReview (pass on unsat)
; temper verifier L0, Task: can `SubmitForReview` break `ChangesFollowReviews`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_review_rounds Int) ; `review_rounds` after `review_rounds += 1`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `ChangesFollowReviews` fails after `SubmitForReview`
(assert (not (<= pre_changes_requested mid1_review_rounds)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_review_rounds))

;;; inductive/ChangesFollowReviews/RequestChanges (pass on unsat)
; temper verifier L0, Task: can `RequestChanges` break `ChangesFollowReviews`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_comment_count Int) ; counter `comment_count`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_changes_requested Int) ; `changes_requested` after `changes_requested += 1`
(declare-const mid2_comment_count Int) ; `comment_count` after `comment_count += 1`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= 0 pre_comment_count 9223372036854775807))
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `ChangesFollowReviews` fails after `RequestChanges`
(assert (not (<= mid1_changes_requested pre_review_rounds)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_changes_requested mid2_comment_count))

;;; initial/DoneWasReviewedAndApproved (pass on unsat)
; temper verifier L0, Task: does `DoneWasReviewedAndApproved` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const unknown_1 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
; `DoneWasReviewedAndApproved` fails in the initial state: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (not (=> (= S_Backlog S_Done) (and false (>= 0 1) unknown_1 unknown_2))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/DoneWasReviewedAndApproved/Plan (pass on unsat)
; temper verifier L0, Task: can `Plan` break `DoneWasReviewedAndApproved`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `DoneWasReviewedAndApproved` fails after `Plan`
(assert (not (=> (= S_Todo S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_12 unknown_13))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13))

;;; inductive/DoneWasReviewedAndApproved/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `DoneWasReviewedAndApproved`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `DoneWasReviewedAndApproved` fails after `Defer`
(assert (not (=> (= S_Backlog S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_11 unknown_12))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/DoneWasReviewedAndApproved/Start (pass on unsat)
; temper verifier L0, Task: can `Start` break `DoneWasReviewedAndApproved`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `DoneWasReviewedAndApproved` fails after `Start`
(assert (not (=> (= S_InProgress S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_12 unknown_13))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13))

;;; inductive/DoneWasReviewedAndApproved/Block (pass on unsat)
; temper verifier L0, Task: can `Block` break `DoneWasReviewedAndApproved`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_block_count Int) ; `block_count` after `block_count += 1`
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `DoneWasReviewedAndApproved` fails after `Block`
(assert (not (=> (= S_Blocked S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_12 unknown_13))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_block_count unknown_12 unknown_13))

;;; inductive/DoneWasReviewedAndApproved/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `DoneWasReviewedAndApproved`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `DoneWasReviewedAndApproved` fails after `Unblock`
(assert (not (=> (= S_InProgress S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_11 unknown_12))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/DoneWasReviewedAndApproved/SubmitForReview (pass on unsat)
; temper verifier L0, Task: can `SubmitForReview` break `DoneWasReviewedAndApproved`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_review_rounds Int) ; `review_rounds` after `review_rounds += 1`
(declare-const unknown_13 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `DoneWasReviewedAndApproved` fails after `SubmitForReview`
(assert (not (=> (= S_InReview S_Done) (and pre_approved (>= mid1_review_rounds 1) unknown_13 unknown_14))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_review_rounds unknown_13 unknown_14))

;;; inductive/DoneWasReviewedAndApproved/RequestChanges (pass on unsat)
; temper verifier L0, Task: can `RequestChanges` break `DoneWasReviewedAndApproved`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_comment_count Int) ; counter `comment_count`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_changes_requested Int) ; `changes_requested` after `changes_requested += 1`
(declare-const mid2_comment_count Int) ; `comment_count` after `comment_count += 1`
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= 0 pre_comment_count 9223372036854775807))
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `DoneWasReviewedAndApproved` fails after `RequestChanges`
(assert (not (=> (= S_InProgress S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_12 unknown_13))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_changes_requested mid2_comment_count unknown_12 unknown_13))

;;; inductive/DoneWasReviewedAndApproved/Approve (pass on unsat)
; temper verifier L0, Task: can `Approve` break `DoneWasReviewedAndApproved`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_approved Bool) ; `approved` after `approved = true`
(declare-const unknown_13 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Approve` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.approver != '' && params.approver == reviewer
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: approved = true
(assert (= mid1_approved true))
; `DoneWasReviewedAndApproved` fails after `Approve`
(assert (not (=> (= S_Done S_Done) (and mid1_approved (>= pre_review_rounds 1) unknown_13 unknown_14))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_approved unknown_13 unknown_14))

;;; inductive/DoneWasReviewedAndApproved/Cancel (pass on unsat)
; temper verifier L0, Task: can `Cancel` break `DoneWasReviewedAndApproved`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `DoneWasReviewedAndApproved` fails after `Cancel`
(assert (not (=> (= S_Cancelled S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_12 unknown_13))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13))

;;; initial/ApprovedOnlyWhenDone (pass on unsat)
; temper verifier L0, Task: does `ApprovedOnlyWhenDone` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
; `ApprovedOnlyWhenDone` fails in the initial state: approved => status == 'Done'
(assert (not (=> false (= S_Backlog S_Done))))
(check-sat)

;;; inductive/ApprovedOnlyWhenDone/Plan (pass on unsat)
; temper verifier L0, Task: can `Plan` break `ApprovedOnlyWhenDone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `ApprovedOnlyWhenDone` fails after `Plan`
(assert (not (=> pre_approved (= S_Todo S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/ApprovedOnlyWhenDone/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `ApprovedOnlyWhenDone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `ApprovedOnlyWhenDone` fails after `Defer`
(assert (not (=> pre_approved (= S_Backlog S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10))

;;; inductive/ApprovedOnlyWhenDone/Start (pass on unsat)
; temper verifier L0, Task: can `Start` break `ApprovedOnlyWhenDone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `ApprovedOnlyWhenDone` fails after `Start`
(assert (not (=> pre_approved (= S_InProgress S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/ApprovedOnlyWhenDone/Block (pass on unsat)
; temper verifier L0, Task: can `Block` break `ApprovedOnlyWhenDone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_block_count Int) ; `block_count` after `block_count += 1`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `ApprovedOnlyWhenDone` fails after `Block`
(assert (not (=> pre_approved (= S_Blocked S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_block_count))

;;; inductive/ApprovedOnlyWhenDone/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `ApprovedOnlyWhenDone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `ApprovedOnlyWhenDone` fails after `Unblock`
(assert (not (=> pre_approved (= S_InProgress S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10))

;;; inductive/ApprovedOnlyWhenDone/SubmitForReview (pass on unsat)
; temper verifier L0, Task: can `SubmitForReview` break `ApprovedOnlyWhenDone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_review_rounds Int) ; `review_rounds` after `review_rounds += 1`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `ApprovedOnlyWhenDone` fails after `SubmitForReview`
(assert (not (=> pre_approved (= S_InReview S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_review_rounds))

;;; inductive/ApprovedOnlyWhenDone/RequestChanges (pass on unsat)
; temper verifier L0, Task: can `RequestChanges` break `ApprovedOnlyWhenDone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_comment_count Int) ; counter `comment_count`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_changes_requested Int) ; `changes_requested` after `changes_requested += 1`
(declare-const mid2_comment_count Int) ; `comment_count` after `comment_count += 1`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= 0 pre_comment_count 9223372036854775807))
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `ApprovedOnlyWhenDone` fails after `RequestChanges`
(assert (not (=> pre_approved (= S_InProgress S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_changes_requested mid2_comment_count))

;;; inductive/ApprovedOnlyWhenDone/Approve (pass on unsat)
; temper verifier L0, Task: can `Approve` break `ApprovedOnlyWhenDone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_approved Bool) ; `approved` after `approved = true`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Approve` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.approver != '' && params.approver == reviewer
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: approved = true
(assert (= mid1_approved true))
; `ApprovedOnlyWhenDone` fails after `Approve`
(assert (not (=> mid1_approved (= S_Done S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_approved))

;;; inductive/ApprovedOnlyWhenDone/Cancel (pass on unsat)
; temper verifier L0, Task: can `Cancel` break `ApprovedOnlyWhenDone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `ApprovedOnlyWhenDone` fails after `Cancel`
(assert (not (=> pre_approved (= S_Cancelled S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; initial/ClosedHasResolution (pass on unsat)
; temper verifier L0, Task: does `ClosedHasResolution` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const unknown_1 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
; `ClosedHasResolution` fails in the initial state: status in ['Done', 'Cancelled'] => resolution != ''
(assert (not (=> (or (= S_Backlog S_Done) (= S_Backlog S_Cancelled)) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/ClosedHasResolution/Plan (pass on unsat)
; temper verifier L0, Task: can `Plan` break `ClosedHasResolution`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `ClosedHasResolution` fails after `Plan`
(assert (not (=> (or (= S_Todo S_Done) (= S_Todo S_Cancelled)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/ClosedHasResolution/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `ClosedHasResolution`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `ClosedHasResolution` fails after `Defer`
(assert (not (=> (or (= S_Backlog S_Done) (= S_Backlog S_Cancelled)) unknown_11)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/ClosedHasResolution/Start (pass on unsat)
; temper verifier L0, Task: can `Start` break `ClosedHasResolution`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `ClosedHasResolution` fails after `Start`
(assert (not (=> (or (= S_InProgress S_Done) (= S_InProgress S_Cancelled)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; inductive/ClosedHasResolution/Block (pass on unsat)
; temper verifier L0, Task: can `Block` break `ClosedHasResolution`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_block_count Int) ; `block_count` after `block_count += 1`
(declare-const unknown_12 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Block` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `ClosedHasResolution` fails after `Block`
(assert (not (=> (or (= S_Blocked S_Done) (= S_Blocked S_Cancelled)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_block_count unknown_12))

;;; inductive/ClosedHasResolution/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `ClosedHasResolution`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; `ClosedHasResolution` fails after `Unblock`
(assert (not (=> (or (= S_InProgress S_Done) (= S_InProgress S_Cancelled)) unknown_11)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11))

;;; inductive/ClosedHasResolution/SubmitForReview (pass on unsat)
; temper verifier L0, Task: can `SubmitForReview` break `ClosedHasResolution`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_review_rounds Int) ; `review_rounds` after `review_rounds += 1`
(declare-const unknown_13 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `SubmitForReview` fires from InProgress
(assert (= pre_status S_InProgress))
; guard: params.reviewer != '' && params.reviewer != assignee
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `ClosedHasResolution` fails after `SubmitForReview`
(assert (not (=> (or (= S_InReview S_Done) (= S_InReview S_Cancelled)) unknown_13)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_review_rounds unknown_13))

;;; inductive/ClosedHasResolution/RequestChanges (pass on unsat)
; temper verifier L0, Task: can `RequestChanges` break `ClosedHasResolution`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_comment_count Int) ; counter `comment_count`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_changes_requested Int) ; `changes_requested` after `changes_requested += 1`
(declare-const mid2_comment_count Int) ; `comment_count` after `comment_count += 1`
(declare-const unknown_12 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= 0 pre_comment_count 9223372036854775807))
; `RequestChanges` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.feedback != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `ClosedHasResolution` fails after `RequestChanges`
(assert (not (=> (or (= S_InProgress S_Done) (= S_InProgress S_Cancelled)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_changes_requested mid2_comment_count unknown_12))

;;; inductive/ClosedHasResolution/Approve (pass on unsat)
; temper verifier L0, Task: can `Approve` break `ClosedHasResolution`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_approved Bool) ; `approved` after `approved = true`
(declare-const unknown_13 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Approve` fires from InReview
(assert (= pre_status S_InReview))
; guard: params.approver != '' && params.approver == reviewer
(assert (and unknown_1 unknown_2))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: approved = true
(assert (= mid1_approved true))
; `ClosedHasResolution` fails after `Approve`
(assert (not (=> (or (= S_Done S_Done) (= S_Done S_Cancelled)) unknown_13)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_approved unknown_13))

;;; inductive/ClosedHasResolution/Cancel (pass on unsat)
; temper verifier L0, Task: can `Cancel` break `ClosedHasResolution`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; `ClosedHasResolution` fails after `Cancel`
(assert (not (=> (or (= S_Cancelled S_Done) (= S_Cancelled S_Cancelled)) unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12))

;;; initial/KnownPriority (pass on unsat)
; temper verifier L0, Task: does `KnownPriority` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const unknown_1 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
; `KnownPriority` fails in the initial state: priority in ['low', 'medium', 'high', 'urgent']
(assert (not unknown_1))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; initial/AtMostTenLabels (pass on unsat)
; temper verifier L0, Task: does `AtMostTenLabels` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
; `AtMostTenLabels` fails in the initial state: len(labels) <= 10
(assert (not (<= 0 10)))
(check-sat)

;;; inductive/AtMostTenLabels/AddLabel (pass on unsat)
; temper verifier L0, Task: can `AddLabel` break `AtMostTenLabels`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.label != ''` reads `params.label`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.label not in labels` reads `params.label`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_labels Int) ; len(labels) after `append(labels, params.label)`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `AddLabel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.label != '' && params.label not in labels && len(labels) < 10
(assert (and unknown_1 unknown_2 (< pre_len_labels 10)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_4))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_5 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_6 unknown_7 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_8 unknown_9)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_10))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_11)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_12))
; effect: append(labels, params.label)
(assert (= mid1_len_labels (+ pre_len_labels 1)))
; `AtMostTenLabels` fails after `AddLabel`
(assert (not (<= mid1_len_labels 10)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 mid1_len_labels))

;;; inductive/AtMostTenLabels/RemoveLabel (pass on unsat)
; temper verifier L0, Task: can `RemoveLabel` break `AtMostTenLabels`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_labels Int) ; len(labels) after `remove_at(labels, params.index)`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= (- 9223372036854775808) param_index 9223372036854775807))
; `RemoveLabel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.index >= 0 && params.index < len(labels)
(assert (and (>= param_index 0) (< param_index pre_len_labels)))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; effect: remove_at(labels, params.index)
(assert (= mid1_len_labels (ite (and (<= 0 param_index) (< param_index pre_len_labels)) (- pre_len_labels 1) pre_len_labels)))
; `AtMostTenLabels` fails after `RemoveLabel`
(assert (not (<= mid1_len_labels 10)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status param_index unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_len_labels))

;;; initial/OverdueHasDueDate (pass on unsat)
; temper verifier L0, Task: does `OverdueHasDueDate` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const unknown_1 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
; `OverdueHasDueDate` fails in the initial state: overdue => due_at > 0
(assert (not (=> false unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/OverdueHasDueDate/SetDueDate (pass on unsat)
; temper verifier L0, Task: can `SetDueDate` break `OverdueHasDueDate`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const param_due_at Int) ; int parameter `due_at`
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_overdue Bool) ; `overdue` after `overdue = false`
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
(assert (<= (- 9223372036854775808) param_due_at 9223372036854775807))
; `SetDueDate` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.due_at > 0
(assert (> param_due_at 0))
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_1))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_3 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_4 unknown_5 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_6 unknown_7)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_8))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_9)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_10))
; effect: overdue = false
(assert (= mid1_overdue false))
; `OverdueHasDueDate` fails after `SetDueDate`
(assert (not (=> mid1_overdue unknown_11)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status param_due_at unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 mid1_overdue unknown_11))

;;; inductive/OverdueHasDueDate/MarkOverdue (pass on unsat)
; temper verifier L0, Task: can `MarkOverdue` break `OverdueHasDueDate`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_overdue Bool) ; bool `overdue`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `blocked_reason != ''` reads `blocked_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `reviewer != ''` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `reviewer != assignee` reads `reviewer`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `resolution != ''` reads `resolution`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `priority in ['low', 'medium', 'high', 'urgent']` reads `priority`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_overdue Bool) ; `overdue` after `overdue = true`
(declare-const unknown_12 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `MarkOverdue` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: due_at > 0
(assert unknown_1)
; invariant WorkHasAssignee holds before: status in ['InProgress', 'Blocked', 'InReview', 'Done'] => assignee != ''
(assert (=> (or (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_2))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant PlannedWorkHasTitle holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => title != ''
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) unknown_3))
; invariant BlockedSaysWhy holds before: status == 'Blocked' => blocked_reason != '' && block_count >= 1
(assert (=> (= pre_status S_Blocked) (and unknown_4 (>= pre_block_count 1))))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant InReviewHasReviewer holds before: status == 'InReview' => reviewer != '' && reviewer != assignee && changes_requested < review_rounds
(assert (=> (= pre_status S_InReview) (and unknown_5 unknown_6 (< pre_changes_requested pre_review_rounds))))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant DoneWasReviewedAndApproved holds before: status == 'Done' => approved && review_rounds >= 1 && reviewer != '' && reviewer != assignee
(assert (=> (= pre_status S_Done) (and pre_approved (>= pre_review_rounds 1) unknown_7 unknown_8)))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant ClosedHasResolution holds before: status in ['Done', 'Cancelled'] => resolution != ''
(assert (=> (or (= pre_status S_Done) (= pre_status S_Cancelled)) unknown_9))
; invariant KnownPriority holds before: priority in ['low', 'medium', 'high', 'urgent']
(assert unknown_10)
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; invariant OverdueHasDueDate holds before: overdue => due_at > 0
(assert (=> pre_overdue unknown_11))
; effect: overdue = true
(assert (= mid1_overdue true))
; `OverdueHasDueDate` fails after `MarkOverdue`
(assert (not (=> mid1_overdue unknown_12)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_overdue pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 mid1_overdue unknown_12))

