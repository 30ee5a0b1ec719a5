;;; guard/Assign (pass on sat)
; temper verifier L0, Ticket: can the guard of `Assign` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.who != ''` reads `params.who`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Assign` fires from New, Open
(assert (or (= pre_status S_New) (= pre_status S_Open)))
; guard: params.who != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Reply (pass on sat)
; temper verifier L0, Ticket: can the guard of `Reply` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
; `Reply` fires from Open, Waiting
(assert (or (= pre_status S_Open) (= pre_status S_Waiting)))
; guard: assignee != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Escalate (pass on sat)
; temper verifier L0, Ticket: can the guard of `Escalate` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_replies 9223372036854775807))
; `Escalate` fires from Open, Waiting
(assert (or (= pre_status S_Open) (= pre_status S_Waiting)))
; guard: !escalated && replies >= 2
(assert (and (not pre_escalated) (>= pre_replies 2)))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_status))

;;; guard/Resolve (pass on sat)
; temper verifier L0, Ticket: can the guard of `Resolve` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_replies 9223372036854775807))
; `Resolve` fires from Open, Waiting
(assert (or (= pre_status S_Open) (= pre_status S_Waiting)))
; guard: replies > 0 && assignee != ''
(assert (and (> pre_replies 0) unknown_1))
(check-sat)
;;; on sat: (get-value (pre_replies pre_status unknown_1))

;;; initial/ClosedTicketsWereHandled (pass on unsat)
; temper verifier L0, Ticket: does `ClosedTicketsWereHandled` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
; `ClosedTicketsWereHandled` fails in the initial state: status == 'Closed' => replies > 0
(assert (not (=> (= S_New S_Closed) (> 0 0))))
(check-sat)

;;; inductive/ClosedTicketsWereHandled/Assign (pass on unsat)
; temper verifier L0, Ticket: can `Assign` break `ClosedTicketsWereHandled`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.who != ''` reads `params.who`, a string parameter (L1–L3 try its domain; L0 does not see it)
(assert (<= 0 pre_replies 9223372036854775807))
; `Assign` fires from New, Open
(assert (or (= pre_status S_New) (= pre_status S_Open)))
; guard: params.who != ''
(assert unknown_1)
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; `ClosedTicketsWereHandled` fails after `Assign`
(assert (not (=> (= S_Open S_Closed) (> pre_replies 0))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_status unknown_1))

;;; inductive/ClosedTicketsWereHandled/Reply (pass on unsat)
; temper verifier L0, Ticket: can `Reply` break `ClosedTicketsWereHandled`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_len_tags Int) ; len(tags), the list's length
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_replies Int) ; `replies` after `replies += 1`
(declare-const mid2_len_tags Int) ; len(tags) after `append(tags, params.tag)`
(assert (<= 0 pre_replies 9223372036854775807))
(assert (<= 0 pre_len_tags))
; `Reply` fires from Open, Waiting
(assert (or (= pre_status S_Open) (= pre_status S_Waiting)))
; guard: assignee != ''
(assert unknown_1)
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; effect: replies += 1
(assert (= mid1_replies (ite (< (+ pre_replies 1) 0) 0 (ite (> (+ pre_replies 1) 9223372036854775807) 9223372036854775807 (+ pre_replies 1)))))
; effect: append(tags, params.tag)
(assert (= mid2_len_tags (+ pre_len_tags 1)))
; `ClosedTicketsWereHandled` fails after `Reply`
(assert (not (=> (= S_Waiting S_Closed) (> mid1_replies 0))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_len_tags pre_status unknown_1 mid1_replies mid2_len_tags))

;;; inductive/ClosedTicketsWereHandled/Expire (pass on unsat)
; temper verifier L0, Ticket: can `Expire` break `ClosedTicketsWereHandled`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_replies 9223372036854775807))
; `Expire` fires from Waiting
(assert (= pre_status S_Waiting))
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; `ClosedTicketsWereHandled` fails after `Expire`
(assert (not (=> (= S_Closed S_Closed) (> pre_replies 0))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_status))

;;; inductive/ClosedTicketsWereHandled/Resolve (pass on unsat)
; temper verifier L0, Ticket: can `Resolve` break `ClosedTicketsWereHandled`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_replies 9223372036854775807))
; `Resolve` fires from Open, Waiting
(assert (or (= pre_status S_Open) (= pre_status S_Waiting)))
; guard: replies > 0 && assignee != ''
(assert (and (> pre_replies 0) unknown_1))
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; `ClosedTicketsWereHandled` fails after `Resolve`
(assert (not (=> (= S_Resolved S_Closed) (> pre_replies 0))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_status unknown_1))

;;; inductive/ClosedTicketsWereHandled/Close (pass on unsat)
; temper verifier L0, Ticket: can `Close` break `ClosedTicketsWereHandled`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_forced Bool) ; bool parameter `forced`
(declare-const mid1_escalated Bool) ; `escalated` after `escalated = params.forced`
(assert (<= 0 pre_replies 9223372036854775807))
; `Close` fires from Resolved
(assert (= pre_status S_Resolved))
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; effect: escalated = params.forced
(assert (= mid1_escalated param_forced))
; `ClosedTicketsWereHandled` fails after `Close`
(assert (not (=> (= S_Closed S_Closed) (> pre_replies 0))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_status param_forced mid1_escalated))

;;; initial/NeverClosedWhileEscalated (pass on unsat)
; temper verifier L0, Ticket: does `NeverClosedWhileEscalated` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
; `NeverClosedWhileEscalated` fails in the initial state: status == 'Closed' => !escalated
(assert (not (=> (= S_New S_Closed) (not false))))
(check-sat)

;;; inductive/NeverClosedWhileEscalated/Assign (pass on unsat)
; temper verifier L0, Ticket: can `Assign` break `NeverClosedWhileEscalated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.who != ''` reads `params.who`, a string parameter (L1–L3 try its domain; L0 does not see it)
(assert (<= 0 pre_replies 9223372036854775807))
; `Assign` fires from New, Open
(assert (or (= pre_status S_New) (= pre_status S_Open)))
; guard: params.who != ''
(assert unknown_1)
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; `NeverClosedWhileEscalated` fails after `Assign`
(assert (not (=> (= S_Open S_Closed) (not pre_escalated))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_status unknown_1))

;;; inductive/NeverClosedWhileEscalated/Reply (pass on unsat)
; temper verifier L0, Ticket: can `Reply` break `NeverClosedWhileEscalated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_len_tags Int) ; len(tags), the list's length
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_replies Int) ; `replies` after `replies += 1`
(declare-const mid2_len_tags Int) ; len(tags) after `append(tags, params.tag)`
(assert (<= 0 pre_replies 9223372036854775807))
(assert (<= 0 pre_len_tags))
; `Reply` fires from Open, Waiting
(assert (or (= pre_status S_Open) (= pre_status S_Waiting)))
; guard: assignee != ''
(assert unknown_1)
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; effect: replies += 1
(assert (= mid1_replies (ite (< (+ pre_replies 1) 0) 0 (ite (> (+ pre_replies 1) 9223372036854775807) 9223372036854775807 (+ pre_replies 1)))))
; effect: append(tags, params.tag)
(assert (= mid2_len_tags (+ pre_len_tags 1)))
; `NeverClosedWhileEscalated` fails after `Reply`
(assert (not (=> (= S_Waiting S_Closed) (not pre_escalated))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_len_tags pre_status unknown_1 mid1_replies mid2_len_tags))

;;; inductive/NeverClosedWhileEscalated/Escalate (pass on unsat)
; temper verifier L0, Ticket: can `Escalate` break `NeverClosedWhileEscalated`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_len_subtasks Int) ; len(subtasks), the list's length
(declare-const pre_status Status) ; the status before
(declare-const mid1_escalated Bool) ; `escalated` after `escalated = true`
(declare-const mid2_len_subtasks Int) ; len(subtasks) after `spawn('Task', 'Create', subtasks)`
(assert (<= 0 pre_replies 9223372036854775807))
(assert (<= 0 pre_len_subtasks))
; `Escalate` fires from Open, Waiting
(assert (or (= pre_status S_Open) (= pre_status S_Waiting)))
; guard: !escalated && replies >= 2
(assert (and (not pre_escalated) (>= pre_replies 2)))
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; effect: escalated = true
(assert (= mid1_escalated true))
; effect: spawn('Task', 'Create', subtasks)
(assert (= mid2_len_subtasks (+ pre_len_subtasks 1)))
; `NeverClosedWhileEscalated` fails after `Escalate`
(assert (not (=> (= pre_status S_Closed) (not mid1_escalated))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_len_subtasks pre_status mid1_escalated mid2_len_subtasks))

;;; inductive/NeverClosedWhileEscalated/Expire (pass on unsat)
; temper verifier L0, Ticket: can `Expire` break `NeverClosedWhileEscalated`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_replies 9223372036854775807))
; `Expire` fires from Waiting
(assert (= pre_status S_Waiting))
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; `NeverClosedWhileEscalated` fails after `Expire`
(assert (not (=> (= S_Closed S_Closed) (not pre_escalated))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_status))

;;; inductive/NeverClosedWhileEscalated/Resolve (pass on unsat)
; temper verifier L0, Ticket: can `Resolve` break `NeverClosedWhileEscalated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `assignee != ''` reads `assignee`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_replies 9223372036854775807))
; `Resolve` fires from Open, Waiting
(assert (or (= pre_status S_Open) (= pre_status S_Waiting)))
; guard: replies > 0 && assignee != ''
(assert (and (> pre_replies 0) unknown_1))
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; `NeverClosedWhileEscalated` fails after `Resolve`
(assert (not (=> (= S_Resolved S_Closed) (not pre_escalated))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_status unknown_1))

;;; inductive/NeverClosedWhileEscalated/Close (pass on unsat)
; temper verifier L0, Ticket: can `Close` break `NeverClosedWhileEscalated`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Open) (S_Waiting) (S_Resolved) (S_Closed))))
(declare-const pre_replies Int) ; counter `replies`
(declare-const pre_escalated Bool) ; bool `escalated`
(declare-const pre_status Status) ; the status before
(declare-const param_forced Bool) ; bool parameter `forced`
(declare-const mid1_escalated Bool) ; `escalated` after `escalated = params.forced`
(assert (<= 0 pre_replies 9223372036854775807))
; `Close` fires from Resolved
(assert (= pre_status S_Resolved))
; invariant ClosedTicketsWereHandled holds before: status == 'Closed' => replies > 0
(assert (=> (= pre_status S_Closed) (> pre_replies 0)))
; invariant NeverClosedWhileEscalated holds before: status == 'Closed' => !escalated
(assert (=> (= pre_status S_Closed) (not pre_escalated)))
; effect: escalated = params.forced
(assert (= mid1_escalated param_forced))
; `NeverClosedWhileEscalated` fails after `Close`
(assert (not (=> (= S_Closed S_Closed) (not mid1_escalated))))
(check-sat)
;;; on sat: (get-value (pre_replies pre_escalated pre_status param_forced mid1_escalated))

