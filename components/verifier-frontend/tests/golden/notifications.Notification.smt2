;;; guard/Notify (pass on sat)
; temper verifier L0, Notification: can the guard of `Notify` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.source_type != ''` reads `params.source_type`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.source_id != ''` reads `params.source_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Notify` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.source_type != '' && params.source_id != ''
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/MarkDelivered (pass on sat)
; temper verifier L0, Notification: can the guard of `MarkDelivered` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const param_http_status Int) ; int parameter `http_status`
(assert (<= (- 9223372036854775808) param_http_status 9223372036854775807))
; `MarkDelivered` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.http_status >= 200 && params.http_status < 300
(assert (and (>= param_http_status 200) (< param_http_status 300)))
(check-sat)
;;; on sat: (get-value (pre_status param_http_status))

;;; guard/MarkFailed (pass on sat)
; temper verifier L0, Notification: can the guard of `MarkFailed` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.error != ''` reads `params.error`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `MarkFailed` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.error != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Retry (pass on sat)
; temper verifier L0, Notification: can the guard of `Retry` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_attempts 9223372036854775807))
; `Retry` fires from Failed
(assert (= pre_status S_Failed))
; guard: attempts < 5
(assert (< pre_attempts 5))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status))

;;; initial/SentNotificationsHaveASource (pass on unsat)
; temper verifier L0, Notification: does `SentNotificationsHaveASource` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
; `SentNotificationsHaveASource` fails in the initial state: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (not (=> (or (= S_Pending S_Sending) (= S_Pending S_Delivered) (= S_Pending S_Failed)) (and unknown_1 unknown_2 (>= 0 1)))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/SentNotificationsHaveASource/Notify (pass on unsat)
; temper verifier L0, Notification: can `Notify` break `SentNotificationsHaveASource`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.source_type != ''` reads `params.source_type`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.source_id != ''` reads `params.source_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(declare-const unknown_8 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Notify` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.source_type != '' && params.source_id != ''
(assert (and unknown_1 unknown_2))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_3 unknown_4 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_5))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_6 unknown_7)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `SentNotificationsHaveASource` fails after `Notify`
(assert (not (=> (or (= S_Sending S_Sending) (= S_Sending S_Delivered) (= S_Sending S_Failed)) (and unknown_8 unknown_9 (>= mid1_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_attempts unknown_8 unknown_9))

;;; inductive/SentNotificationsHaveASource/MarkDelivered (pass on unsat)
; temper verifier L0, Notification: can `MarkDelivered` break `SentNotificationsHaveASource`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const param_http_status Int) ; int parameter `http_status`
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_http_status 9223372036854775807))
; `MarkDelivered` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.http_status >= 200 && params.http_status < 300
(assert (and (>= param_http_status 200) (< param_http_status 300)))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; `SentNotificationsHaveASource` fails after `MarkDelivered`
(assert (not (=> (or (= S_Delivered S_Sending) (= S_Delivered S_Delivered) (= S_Delivered S_Failed)) (and unknown_6 unknown_7 (>= pre_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status param_http_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/SentNotificationsHaveASource/MarkFailed (pass on unsat)
; temper verifier L0, Notification: can `MarkFailed` break `SentNotificationsHaveASource`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.error != ''` reads `params.error`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `MarkFailed` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.error != ''
(assert unknown_1)
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_2 unknown_3 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_4))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_5 unknown_6)))
; `SentNotificationsHaveASource` fails after `MarkFailed`
(assert (not (=> (or (= S_Failed S_Sending) (= S_Failed S_Delivered) (= S_Failed S_Failed)) (and unknown_7 unknown_8 (>= pre_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/SentNotificationsHaveASource/Retry (pass on unsat)
; temper verifier L0, Notification: can `Retry` break `SentNotificationsHaveASource`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(declare-const unknown_6 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Retry` fires from Failed
(assert (= pre_status S_Failed))
; guard: attempts < 5
(assert (< pre_attempts 5))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `SentNotificationsHaveASource` fails after `Retry`
(assert (not (=> (or (= S_Sending S_Sending) (= S_Sending S_Delivered) (= S_Sending S_Failed)) (and unknown_6 unknown_7 (>= mid1_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 mid1_attempts unknown_6 unknown_7))

;;; inductive/SentNotificationsHaveASource/Dismiss (pass on unsat)
; temper verifier L0, Notification: can `Dismiss` break `SentNotificationsHaveASource`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Dismiss` fires from Pending, Failed
(assert (or (= pre_status S_Pending) (= pre_status S_Failed)))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; `SentNotificationsHaveASource` fails after `Dismiss`
(assert (not (=> (or (= S_Dismissed S_Sending) (= S_Dismissed S_Delivered) (= S_Dismissed S_Failed)) (and unknown_6 unknown_7 (>= pre_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; initial/AttemptsBounded (pass on unsat)
; temper verifier L0, Notification: does `AttemptsBounded` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
; `AttemptsBounded` fails in the initial state: attempts <= 5
(assert (not (<= 0 5)))
(check-sat)

;;; inductive/AttemptsBounded/Notify (pass on unsat)
; temper verifier L0, Notification: can `Notify` break `AttemptsBounded`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.source_type != ''` reads `params.source_type`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.source_id != ''` reads `params.source_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(assert (<= 0 pre_attempts 9223372036854775807))
; `Notify` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.source_type != '' && params.source_id != ''
(assert (and unknown_1 unknown_2))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_3 unknown_4 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_5))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_6 unknown_7)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `AttemptsBounded` fails after `Notify`
(assert (not (<= mid1_attempts 5)))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_attempts))

;;; inductive/AttemptsBounded/Retry (pass on unsat)
; temper verifier L0, Notification: can `Retry` break `AttemptsBounded`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(assert (<= 0 pre_attempts 9223372036854775807))
; `Retry` fires from Failed
(assert (= pre_status S_Failed))
; guard: attempts < 5
(assert (< pre_attempts 5))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `AttemptsBounded` fails after `Retry`
(assert (not (<= mid1_attempts 5)))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 mid1_attempts))

;;; initial/PendingWasNeverSent (pass on unsat)
; temper verifier L0, Notification: does `PendingWasNeverSent` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
; `PendingWasNeverSent` fails in the initial state: status == 'Pending' => attempts == 0
(assert (not (=> (= S_Pending S_Pending) (= 0 0))))
(check-sat)

;;; inductive/PendingWasNeverSent/Notify (pass on unsat)
; temper verifier L0, Notification: can `Notify` break `PendingWasNeverSent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.source_type != ''` reads `params.source_type`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.source_id != ''` reads `params.source_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(assert (<= 0 pre_attempts 9223372036854775807))
; `Notify` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.source_type != '' && params.source_id != ''
(assert (and unknown_1 unknown_2))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_3 unknown_4 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_5))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_6 unknown_7)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `PendingWasNeverSent` fails after `Notify`
(assert (not (=> (= S_Sending S_Pending) (= mid1_attempts 0))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_attempts))

;;; inductive/PendingWasNeverSent/MarkDelivered (pass on unsat)
; temper verifier L0, Notification: can `MarkDelivered` break `PendingWasNeverSent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const param_http_status Int) ; int parameter `http_status`
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_http_status 9223372036854775807))
; `MarkDelivered` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.http_status >= 200 && params.http_status < 300
(assert (and (>= param_http_status 200) (< param_http_status 300)))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; `PendingWasNeverSent` fails after `MarkDelivered`
(assert (not (=> (= S_Delivered S_Pending) (= pre_attempts 0))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status param_http_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

;;; inductive/PendingWasNeverSent/MarkFailed (pass on unsat)
; temper verifier L0, Notification: can `MarkFailed` break `PendingWasNeverSent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.error != ''` reads `params.error`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `MarkFailed` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.error != ''
(assert unknown_1)
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_2 unknown_3 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_4))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_5 unknown_6)))
; `PendingWasNeverSent` fails after `MarkFailed`
(assert (not (=> (= S_Failed S_Pending) (= pre_attempts 0))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/PendingWasNeverSent/Retry (pass on unsat)
; temper verifier L0, Notification: can `Retry` break `PendingWasNeverSent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(assert (<= 0 pre_attempts 9223372036854775807))
; `Retry` fires from Failed
(assert (= pre_status S_Failed))
; guard: attempts < 5
(assert (< pre_attempts 5))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `PendingWasNeverSent` fails after `Retry`
(assert (not (=> (= S_Sending S_Pending) (= mid1_attempts 0))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 mid1_attempts))

;;; inductive/PendingWasNeverSent/Dismiss (pass on unsat)
; temper verifier L0, Notification: can `Dismiss` break `PendingWasNeverSent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Dismiss` fires from Pending, Failed
(assert (or (= pre_status S_Pending) (= pre_status S_Failed)))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; `PendingWasNeverSent` fails after `Dismiss`
(assert (not (=> (= S_Dismissed S_Pending) (= pre_attempts 0))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

;;; initial/FailuresSayWhy (pass on unsat)
; temper verifier L0, Notification: does `FailuresSayWhy` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const unknown_1 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
; `FailuresSayWhy` fails in the initial state: status == 'Failed' => last_error != ''
(assert (not (=> (= S_Pending S_Failed) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/FailuresSayWhy/Notify (pass on unsat)
; temper verifier L0, Notification: can `Notify` break `FailuresSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.source_type != ''` reads `params.source_type`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.source_id != ''` reads `params.source_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(declare-const unknown_8 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Notify` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.source_type != '' && params.source_id != ''
(assert (and unknown_1 unknown_2))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_3 unknown_4 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_5))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_6 unknown_7)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `FailuresSayWhy` fails after `Notify`
(assert (not (=> (= S_Sending S_Failed) unknown_8)))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_attempts unknown_8))

;;; inductive/FailuresSayWhy/MarkDelivered (pass on unsat)
; temper verifier L0, Notification: can `MarkDelivered` break `FailuresSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const param_http_status Int) ; int parameter `http_status`
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_http_status 9223372036854775807))
; `MarkDelivered` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.http_status >= 200 && params.http_status < 300
(assert (and (>= param_http_status 200) (< param_http_status 300)))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; `FailuresSayWhy` fails after `MarkDelivered`
(assert (not (=> (= S_Delivered S_Failed) unknown_6)))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status param_http_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/FailuresSayWhy/MarkFailed (pass on unsat)
; temper verifier L0, Notification: can `MarkFailed` break `FailuresSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.error != ''` reads `params.error`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `MarkFailed` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.error != ''
(assert unknown_1)
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_2 unknown_3 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_4))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_5 unknown_6)))
; `FailuresSayWhy` fails after `MarkFailed`
(assert (not (=> (= S_Failed S_Failed) unknown_7)))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/FailuresSayWhy/Retry (pass on unsat)
; temper verifier L0, Notification: can `Retry` break `FailuresSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(declare-const unknown_6 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Retry` fires from Failed
(assert (= pre_status S_Failed))
; guard: attempts < 5
(assert (< pre_attempts 5))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `FailuresSayWhy` fails after `Retry`
(assert (not (=> (= S_Sending S_Failed) unknown_6)))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 mid1_attempts unknown_6))

;;; inductive/FailuresSayWhy/Dismiss (pass on unsat)
; temper verifier L0, Notification: can `Dismiss` break `FailuresSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Dismiss` fires from Pending, Failed
(assert (or (= pre_status S_Pending) (= pre_status S_Failed)))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; `FailuresSayWhy` fails after `Dismiss`
(assert (not (=> (= S_Dismissed S_Failed) unknown_6)))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; initial/DeliveredWasAccepted (pass on unsat)
; temper verifier L0, Notification: does `DeliveredWasAccepted` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const unknown_1 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
; `DeliveredWasAccepted` fails in the initial state: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (not (=> (= S_Pending S_Delivered) (and unknown_1 unknown_2))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/DeliveredWasAccepted/Notify (pass on unsat)
; temper verifier L0, Notification: can `Notify` break `DeliveredWasAccepted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.source_type != ''` reads `params.source_type`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.source_id != ''` reads `params.source_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(declare-const unknown_8 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Notify` fires from Pending
(assert (= pre_status S_Pending))
; guard: params.source_type != '' && params.source_id != ''
(assert (and unknown_1 unknown_2))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_3 unknown_4 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_5))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_6 unknown_7)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `DeliveredWasAccepted` fails after `Notify`
(assert (not (=> (= S_Sending S_Delivered) (and unknown_8 unknown_9))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_attempts unknown_8 unknown_9))

;;; inductive/DeliveredWasAccepted/MarkDelivered (pass on unsat)
; temper verifier L0, Notification: can `MarkDelivered` break `DeliveredWasAccepted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const param_http_status Int) ; int parameter `http_status`
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_http_status 9223372036854775807))
; `MarkDelivered` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.http_status >= 200 && params.http_status < 300
(assert (and (>= param_http_status 200) (< param_http_status 300)))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; `DeliveredWasAccepted` fails after `MarkDelivered`
(assert (not (=> (= S_Delivered S_Delivered) (and unknown_6 unknown_7))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status param_http_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/DeliveredWasAccepted/MarkFailed (pass on unsat)
; temper verifier L0, Notification: can `MarkFailed` break `DeliveredWasAccepted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.error != ''` reads `params.error`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `MarkFailed` fires from Sending
(assert (= pre_status S_Sending))
; guard: params.error != ''
(assert unknown_1)
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_2 unknown_3 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_4))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_5 unknown_6)))
; `DeliveredWasAccepted` fails after `MarkFailed`
(assert (not (=> (= S_Failed S_Delivered) (and unknown_7 unknown_8))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/DeliveredWasAccepted/Retry (pass on unsat)
; temper verifier L0, Notification: can `Retry` break `DeliveredWasAccepted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_attempts Int) ; `attempts` after `attempts += 1`
(declare-const unknown_6 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Retry` fires from Failed
(assert (= pre_status S_Failed))
; guard: attempts < 5
(assert (< pre_attempts 5))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; effect: attempts += 1
(assert (= mid1_attempts (ite (< (+ pre_attempts 1) 0) 0 (ite (> (+ pre_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_attempts 1)))))
; `DeliveredWasAccepted` fails after `Retry`
(assert (not (=> (= S_Sending S_Delivered) (and unknown_6 unknown_7))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 mid1_attempts unknown_6 unknown_7))

;;; inductive/DeliveredWasAccepted/Dismiss (pass on unsat)
; temper verifier L0, Notification: can `Dismiss` break `DeliveredWasAccepted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Pending) (S_Sending) (S_Delivered) (S_Failed) (S_Dismissed))))
(declare-const pre_attempts Int) ; counter `attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `source_type != ''` reads `source_type`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `source_id != ''` reads `source_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `last_error != ''` reads `last_error`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `http_status >= 200` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `http_status < 300` reads `http_status`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_attempts 9223372036854775807))
; `Dismiss` fires from Pending, Failed
(assert (or (= pre_status S_Pending) (= pre_status S_Failed)))
; invariant SentNotificationsHaveASource holds before: status in ['Sending', 'Delivered', 'Failed'] => source_type != '' && source_id != '' && attempts >= 1
(assert (=> (or (= pre_status S_Sending) (= pre_status S_Delivered) (= pre_status S_Failed)) (and unknown_1 unknown_2 (>= pre_attempts 1))))
; invariant AttemptsBounded holds before: attempts <= 5
(assert (<= pre_attempts 5))
; invariant PendingWasNeverSent holds before: status == 'Pending' => attempts == 0
(assert (=> (= pre_status S_Pending) (= pre_attempts 0)))
; invariant FailuresSayWhy holds before: status == 'Failed' => last_error != ''
(assert (=> (= pre_status S_Failed) unknown_3))
; invariant DeliveredWasAccepted holds before: status == 'Delivered' => http_status >= 200 && http_status < 300
(assert (=> (= pre_status S_Delivered) (and unknown_4 unknown_5)))
; `DeliveredWasAccepted` fails after `Dismiss`
(assert (not (=> (= S_Dismissed S_Delivered) (and unknown_6 unknown_7))))
(check-sat)
;;; on sat: (get-value (pre_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

