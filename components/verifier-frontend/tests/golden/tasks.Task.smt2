;;; guard/Describe (pass on sat)
; temper verifier L0, Task: can the guard of `Describe` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.title != ''` reads `params.title`, a string parameter (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `params.priority in ['low', 'medium', 'high', 'urgent']` reads `params.priority`, a string parameter (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `params.label != ''` reads `params.label`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.label not in labels` reads `params.label`, a string parameter (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `params.body != ''` reads `params.body`, a string parameter (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `due_at > 0` reads `due_at`, an int (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `params.assignee != ''` reads `params.assignee`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.assignee != assignee` reads `params.assignee`, a string parameter (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (not modelled)
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
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; initial/PlannedWorkIsEstimated (pass on unsat)
; temper verifier L0, Task: does `PlannedWorkIsEstimated` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
; `PlannedWorkIsEstimated` fails in the initial state: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (not (=> (or (= S_Backlog S_Todo) (= S_Backlog S_InProgress) (= S_Backlog S_Blocked) (= S_Backlog S_InReview) (= S_Backlog S_Done)) (> 0 0))))
(check-sat)

;;; inductive/PlannedWorkIsEstimated/Estimate (pass on unsat)
; temper verifier L0, Task: can `Estimate` break `PlannedWorkIsEstimated`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_points Int) ; int parameter `points`
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: estimate_points = params.points
; the runtime rejects a negative value for a counter
(assert (>= param_points 0))
(assert (= mid1_estimate_points param_points))
; `PlannedWorkIsEstimated` fails after `Estimate`
(assert (not (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> mid1_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status param_points mid1_estimate_points))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (not modelled)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `PlannedWorkIsEstimated` fails after `Plan`
(assert (not (=> (or (= S_Todo S_Todo) (= S_Todo S_InProgress) (= S_Todo S_Blocked) (= S_Todo S_InReview) (= S_Todo S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1))

;;; inductive/PlannedWorkIsEstimated/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `PlannedWorkIsEstimated`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `PlannedWorkIsEstimated` fails after `Defer`
(assert (not (=> (or (= S_Backlog S_Todo) (= S_Backlog S_InProgress) (= S_Backlog S_Blocked) (= S_Backlog S_InReview) (= S_Backlog S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (not modelled)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `PlannedWorkIsEstimated` fails after `Start`
(assert (not (=> (or (= S_InProgress S_Todo) (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `PlannedWorkIsEstimated` fails after `Block`
(assert (not (=> (or (= S_Blocked S_Todo) (= S_Blocked S_InProgress) (= S_Blocked S_Blocked) (= S_Blocked S_InReview) (= S_Blocked S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1 mid1_block_count))

;;; inductive/PlannedWorkIsEstimated/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `PlannedWorkIsEstimated`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `PlannedWorkIsEstimated` fails after `Unblock`
(assert (not (=> (or (= S_InProgress S_Todo) (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `PlannedWorkIsEstimated` fails after `SubmitForReview`
(assert (not (=> (or (= S_InReview S_Todo) (= S_InReview S_InProgress) (= S_InReview S_Blocked) (= S_InReview S_InReview) (= S_InReview S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1 unknown_2 mid1_review_rounds))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `PlannedWorkIsEstimated` fails after `RequestChanges`
(assert (not (=> (or (= S_InProgress S_Todo) (= S_InProgress S_InProgress) (= S_InProgress S_Blocked) (= S_InProgress S_InReview) (= S_InProgress S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_status unknown_1 mid1_changes_requested mid2_comment_count))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: approved = true
(assert (= mid1_approved true))
; `PlannedWorkIsEstimated` fails after `Approve`
(assert (not (=> (or (= S_Done S_Todo) (= S_Done S_InProgress) (= S_Done S_Blocked) (= S_Done S_InReview) (= S_Done S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1 unknown_2 mid1_approved))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `PlannedWorkIsEstimated` fails after `Cancel`
(assert (not (=> (or (= S_Cancelled S_Todo) (= S_Cancelled S_InProgress) (= S_Cancelled S_Blocked) (= S_Cancelled S_InReview) (= S_Cancelled S_Done)) (> pre_estimate_points 0))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `EscalationFollowsBlock` fails after `Block`
(assert (not (=> pre_escalated (>= mid1_block_count 1))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1 mid1_block_count))

;;; inductive/EscalationFollowsBlock/Escalate (pass on unsat)
; temper verifier L0, Task: can `Escalate` break `EscalationFollowsBlock`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const mid1_escalated Bool) ; `escalated` after `escalated = true`
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Escalate` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: escalated = true
(assert (= mid1_escalated true))
; `EscalationFollowsBlock` fails after `Escalate`
(assert (not (=> mid1_escalated (>= pre_block_count 1))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status mid1_escalated))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `ChangesFollowReviews` fails after `SubmitForReview`
(assert (not (<= pre_changes_requested mid1_review_rounds)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1 unknown_2 mid1_review_rounds))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `ChangesFollowReviews` fails after `RequestChanges`
(assert (not (<= mid1_changes_requested pre_review_rounds)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_status unknown_1 mid1_changes_requested mid2_comment_count))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (not modelled)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Plan` fires from Backlog
(assert (= pre_status S_Backlog))
; guard: title != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `ApprovedOnlyWhenDone` fails after `Plan`
(assert (not (=> pre_approved (= S_Todo S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1))

;;; inductive/ApprovedOnlyWhenDone/Defer (pass on unsat)
; temper verifier L0, Task: can `Defer` break `ApprovedOnlyWhenDone`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Defer` fires from Todo
(assert (= pre_status S_Todo))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `ApprovedOnlyWhenDone` fails after `Defer`
(assert (not (=> pre_approved (= S_Backlog S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (not modelled)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Start` fires from Todo
(assert (= pre_status S_Todo))
; guard: assignee != '' && estimate_points > 0
(assert (and unknown_1 (> pre_estimate_points 0)))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `ApprovedOnlyWhenDone` fails after `Start`
(assert (not (=> pre_approved (= S_InProgress S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: block_count += 1
(assert (= mid1_block_count (ite (< (+ pre_block_count 1) 0) 0 (ite (> (+ pre_block_count 1) 9223372036854775807) 9223372036854775807 (+ pre_block_count 1)))))
; `ApprovedOnlyWhenDone` fails after `Block`
(assert (not (=> pre_approved (= S_Blocked S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1 mid1_block_count))

;;; inductive/ApprovedOnlyWhenDone/Unblock (pass on unsat)
; temper verifier L0, Task: can `Unblock` break `ApprovedOnlyWhenDone`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Unblock` fires from Blocked
(assert (= pre_status S_Blocked))
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `ApprovedOnlyWhenDone` fails after `Unblock`
(assert (not (=> pre_approved (= S_InProgress S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reviewer != ''` reads `params.reviewer`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.reviewer != assignee` reads `params.reviewer`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: review_rounds += 1
(assert (= mid1_review_rounds (ite (< (+ pre_review_rounds 1) 0) 0 (ite (> (+ pre_review_rounds 1) 9223372036854775807) 9223372036854775807 (+ pre_review_rounds 1)))))
; `ApprovedOnlyWhenDone` fails after `SubmitForReview`
(assert (not (=> pre_approved (= S_InReview S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1 unknown_2 mid1_review_rounds))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.feedback != ''` reads `params.feedback`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: changes_requested += 1
(assert (= mid1_changes_requested (ite (< (+ pre_changes_requested 1) 0) 0 (ite (> (+ pre_changes_requested 1) 9223372036854775807) 9223372036854775807 (+ pre_changes_requested 1)))))
; effect: comment_count += 1
(assert (= mid2_comment_count (ite (< (+ pre_comment_count 1) 0) 0 (ite (> (+ pre_comment_count 1) 9223372036854775807) 9223372036854775807 (+ pre_comment_count 1)))))
; `ApprovedOnlyWhenDone` fails after `RequestChanges`
(assert (not (=> pre_approved (= S_InProgress S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_comment_count pre_status unknown_1 mid1_changes_requested mid2_comment_count))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.approver != ''` reads `params.approver`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.approver == reviewer` reads `params.approver`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: approved = true
(assert (= mid1_approved true))
; `ApprovedOnlyWhenDone` fails after `Approve`
(assert (not (=> mid1_approved (= S_Done S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1 unknown_2 mid1_approved))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
(assert (<= 0 pre_estimate_points 9223372036854775807))
(assert (<= 0 pre_len_labels))
(assert (<= 0 pre_review_rounds 9223372036854775807))
(assert (<= 0 pre_changes_requested 9223372036854775807))
(assert (<= 0 pre_block_count 9223372036854775807))
; `Cancel` fires from Backlog, Todo, InProgress, Blocked, InReview
(assert (or (= pre_status S_Backlog) (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview)))
; guard: params.reason != ''
(assert unknown_1)
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; `ApprovedOnlyWhenDone` fails after `Cancel`
(assert (not (=> pre_approved (= S_Cancelled S_Done))))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1))

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
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.label != ''` reads `params.label`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.label not in labels` reads `params.label`, a string parameter (not modelled)
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: append(labels, params.label)
(assert (= mid1_len_labels (+ pre_len_labels 1)))
; `AtMostTenLabels` fails after `AddLabel`
(assert (not (<= mid1_len_labels 10)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status unknown_1 unknown_2 mid1_len_labels))

;;; inductive/AtMostTenLabels/RemoveLabel (pass on unsat)
; temper verifier L0, Task: can `RemoveLabel` break `AtMostTenLabels`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Backlog) (S_Todo) (S_InProgress) (S_Blocked) (S_InReview) (S_Done) (S_Cancelled))))
(declare-const pre_estimate_points Int) ; counter `estimate_points`
(declare-const pre_len_labels Int) ; len(labels), the list's length
(declare-const pre_review_rounds Int) ; counter `review_rounds`
(declare-const pre_changes_requested Int) ; counter `changes_requested`
(declare-const pre_approved Bool) ; bool `approved`
(declare-const pre_block_count Int) ; counter `block_count`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
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
; invariant PlannedWorkIsEstimated holds before: status in ['Todo', 'InProgress', 'Blocked', 'InReview', 'Done'] => estimate_points > 0
(assert (=> (or (= pre_status S_Todo) (= pre_status S_InProgress) (= pre_status S_Blocked) (= pre_status S_InReview) (= pre_status S_Done)) (> pre_estimate_points 0)))
; invariant EscalationFollowsBlock holds before: escalated => block_count >= 1
(assert (=> pre_escalated (>= pre_block_count 1)))
; invariant ChangesFollowReviews holds before: changes_requested <= review_rounds
(assert (<= pre_changes_requested pre_review_rounds))
; invariant ApprovedOnlyWhenDone holds before: approved => status == 'Done'
(assert (=> pre_approved (= pre_status S_Done)))
; invariant AtMostTenLabels holds before: len(labels) <= 10
(assert (<= pre_len_labels 10))
; effect: remove_at(labels, params.index)
(assert (= mid1_len_labels (ite (and (<= 0 param_index) (< param_index pre_len_labels)) (- pre_len_labels 1) pre_len_labels)))
; `AtMostTenLabels` fails after `RemoveLabel`
(assert (not (<= mid1_len_labels 10)))
(check-sat)
;;; on sat: (get-value (pre_estimate_points pre_len_labels pre_review_rounds pre_changes_requested pre_approved pre_block_count pre_escalated pre_status param_index mid1_len_labels))

