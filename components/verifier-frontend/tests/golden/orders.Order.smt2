;;; guard/AddItem (pass on sat)
; temper verifier L0, Order: can the guard of `AddItem` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.sku != ''` reads `params.sku`, a string parameter (not modelled)
(declare-const param_quantity Int) ; int parameter `quantity`
(declare-const param_line_total_cents Int) ; int parameter `line_total_cents`
(assert (<= (- 9223372036854775808) param_quantity 9223372036854775807))
(assert (<= (- 9223372036854775808) param_line_total_cents 9223372036854775807))
; `AddItem` fires from Cart
(assert (= pre_status S_Cart))
; guard: params.sku != '' && params.quantity >= 1 && params.quantity <= 99 && params.line_total_cents >= 0
(assert (and unknown_1 (>= param_quantity 1) (<= param_quantity 99) (>= param_line_total_cents 0)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 param_quantity param_line_total_cents))

;;; guard/RemoveItem (pass on sat)
; temper verifier L0, Order: can the guard of `RemoveItem` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
(declare-const param_line_total_cents Int) ; int parameter `line_total_cents`
(declare-const param_quantity Int) ; int parameter `quantity`
(declare-const unknown_1 Bool) ; unknown: `params.line_total_cents == total_cents` reads `total_cents`, an int (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.line_total_cents <= total_cents` reads `total_cents`, an int (not modelled)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= (- 9223372036854775808) param_index 9223372036854775807))
(assert (<= (- 9223372036854775808) param_line_total_cents 9223372036854775807))
(assert (<= (- 9223372036854775808) param_quantity 9223372036854775807))
; `RemoveItem` fires from Cart
(assert (= pre_status S_Cart))
; guard: params.index >= 0 && params.index < len(items) && params.line_total_cents >= 0 && ((len(items) == 1 && params.quantity == item_count && params.line_total_cents == total_cents) || (len(items) > 1 && params.quantity >= 1 && params.quantity < item_count && params.line_total_cents <= total_cents))
(assert (and (>= param_index 0) (< param_index pre_len_items) (>= param_line_total_cents 0) (or (and (= pre_len_items 1) (= param_quantity pre_item_count) unknown_1) (and (> pre_len_items 1) (>= param_quantity 1) (< param_quantity pre_item_count) unknown_2))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_status param_index param_line_total_cents param_quantity unknown_1 unknown_2))

;;; guard/Checkout (pass on sat)
; temper verifier L0, Order: can the guard of `Checkout` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (not modelled)
(assert (<= 0 pre_item_count 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_status unknown_1 unknown_2))

;;; guard/SubmitPayment (pass on sat)
; temper verifier L0, Order: can the guard of `SubmitPayment` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (not modelled)
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
(check-sat)
;;; on sat: (get-value (pre_payment_attempts pre_status unknown_1 unknown_2))

;;; guard/PaymentSucceeded (pass on sat)
; temper verifier L0, Order: can the guard of `PaymentSucceeded` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (not modelled)
; `PaymentSucceeded` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.payment_id != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/PaymentFailed (pass on sat)
; temper verifier L0, Order: can the guard of `PaymentFailed` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Ship (pass on sat)
; temper verifier L0, Order: can the guard of `Ship` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (not modelled)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (not modelled)
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 unknown_3))

;;; guard/Cancel (pass on sat)
; temper verifier L0, Order: can the guard of `Cancel` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Refund (pass on sat)
; temper verifier L0, Order: can the guard of `Refund` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_status Status) ; the status before
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
(assert (<= (- 9223372036854775808) param_amount_cents 9223372036854775807))
; `Refund` fires from Paid, Shipped, Delivered
(assert (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered)))
; guard: params.amount_cents > 0 && params.amount_cents <= total_cents && params.reason != ''
(assert (and (> param_amount_cents 0) unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status param_amount_cents unknown_1 unknown_2))

;;; initial/ItemsAndCountAgree (pass on unsat)
; temper verifier L0, Order: does `ItemsAndCountAgree` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
; `ItemsAndCountAgree` fails in the initial state: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (not (and (=> (= 0 0) (= 0 0)) (=> (= 0 0) (= 0 0)))))
(check-sat)

;;; inductive/ItemsAndCountAgree/AddItem (pass on unsat)
; temper verifier L0, Order: can `AddItem` break `ItemsAndCountAgree`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.sku != ''` reads `params.sku`, a string parameter (not modelled)
(declare-const param_quantity Int) ; int parameter `quantity`
(declare-const param_line_total_cents Int) ; int parameter `line_total_cents`
(declare-const mid1_len_items Int) ; len(items) after `append(items, params.sku)`
(declare-const mid2_item_count Int) ; `item_count` after `item_count += params.quantity`
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_quantity 9223372036854775807))
(assert (<= (- 9223372036854775808) param_line_total_cents 9223372036854775807))
; `AddItem` fires from Cart
(assert (= pre_status S_Cart))
; guard: params.sku != '' && params.quantity >= 1 && params.quantity <= 99 && params.line_total_cents >= 0
(assert (and unknown_1 (>= param_quantity 1) (<= param_quantity 99) (>= param_line_total_cents 0)))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; effect: append(items, params.sku)
(assert (= mid1_len_items (+ pre_len_items 1)))
; effect: item_count += params.quantity
(assert (= mid2_item_count (ite (< (+ pre_item_count param_quantity) 0) 0 (ite (> (+ pre_item_count param_quantity) 9223372036854775807) 9223372036854775807 (+ pre_item_count param_quantity)))))
; `ItemsAndCountAgree` fails after `AddItem`
(assert (not (and (=> (= mid2_item_count 0) (= mid1_len_items 0)) (=> (= mid1_len_items 0) (= mid2_item_count 0)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 param_quantity param_line_total_cents mid1_len_items mid2_item_count))

;;; inductive/ItemsAndCountAgree/RemoveItem (pass on unsat)
; temper verifier L0, Order: can `RemoveItem` break `ItemsAndCountAgree`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const param_index Int) ; int parameter `index`
(declare-const param_line_total_cents Int) ; int parameter `line_total_cents`
(declare-const param_quantity Int) ; int parameter `quantity`
(declare-const unknown_1 Bool) ; unknown: `params.line_total_cents == total_cents` reads `total_cents`, an int (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.line_total_cents <= total_cents` reads `total_cents`, an int (not modelled)
(declare-const mid1_len_items Int) ; len(items) after `remove_at(items, params.index)`
(declare-const mid2_item_count Int) ; `item_count` after `item_count -= params.quantity`
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_index 9223372036854775807))
(assert (<= (- 9223372036854775808) param_line_total_cents 9223372036854775807))
(assert (<= (- 9223372036854775808) param_quantity 9223372036854775807))
; `RemoveItem` fires from Cart
(assert (= pre_status S_Cart))
; guard: params.index >= 0 && params.index < len(items) && params.line_total_cents >= 0 && ((len(items) == 1 && params.quantity == item_count && params.line_total_cents == total_cents) || (len(items) > 1 && params.quantity >= 1 && params.quantity < item_count && params.line_total_cents <= total_cents))
(assert (and (>= param_index 0) (< param_index pre_len_items) (>= param_line_total_cents 0) (or (and (= pre_len_items 1) (= param_quantity pre_item_count) unknown_1) (and (> pre_len_items 1) (>= param_quantity 1) (< param_quantity pre_item_count) unknown_2))))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; effect: remove_at(items, params.index)
(assert (= mid1_len_items (ite (and (<= 0 param_index) (< param_index pre_len_items)) (- pre_len_items 1) pre_len_items)))
; effect: item_count -= params.quantity
(assert (= mid2_item_count (ite (< (- pre_item_count param_quantity) 0) 0 (ite (> (- pre_item_count param_quantity) 9223372036854775807) 9223372036854775807 (- pre_item_count param_quantity)))))
; `ItemsAndCountAgree` fails after `RemoveItem`
(assert (not (and (=> (= mid2_item_count 0) (= mid1_len_items 0)) (=> (= mid1_len_items 0) (= mid2_item_count 0)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_index param_line_total_cents param_quantity unknown_1 unknown_2 mid1_len_items mid2_item_count))

;;; initial/PaymentAttemptsBounded (pass on unsat)
; temper verifier L0, Order: does `PaymentAttemptsBounded` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
; `PaymentAttemptsBounded` fails in the initial state: payment_attempts <= 3
(assert (not (<= 0 3)))
(check-sat)

;;; inductive/PaymentAttemptsBounded/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `PaymentAttemptsBounded`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (not modelled)
(declare-const mid1_payment_attempts Int) ; `payment_attempts` after `payment_attempts += 1`
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `PaymentAttemptsBounded` fails after `SubmitPayment`
(assert (not (<= mid1_payment_attempts 3)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 mid1_payment_attempts))

;;; initial/PaidOnlyAfterPayment (pass on unsat)
; temper verifier L0, Order: does `PaidOnlyAfterPayment` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
; `PaidOnlyAfterPayment` fails in the initial state: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (not (=> false (or (= S_Cart S_Paid) (= S_Cart S_Shipped) (= S_Cart S_Delivered) (= S_Cart S_Refunded)))))
(check-sat)

;;; inductive/PaidOnlyAfterPayment/Checkout (pass on unsat)
; temper verifier L0, Order: can `Checkout` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (not modelled)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; `PaidOnlyAfterPayment` fails after `Checkout`
(assert (not (=> pre_paid (or (= S_CheckingOut S_Paid) (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered) (= S_CheckingOut S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2))

;;; inductive/PaidOnlyAfterPayment/EditCart (pass on unsat)
; temper verifier L0, Order: can `EditCart` break `PaidOnlyAfterPayment`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `EditCart` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; `PaidOnlyAfterPayment` fails after `EditCart`
(assert (not (=> pre_paid (or (= S_Cart S_Paid) (= S_Cart S_Shipped) (= S_Cart S_Delivered) (= S_Cart S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status))

;;; inductive/PaidOnlyAfterPayment/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (not modelled)
(declare-const mid1_payment_attempts Int) ; `payment_attempts` after `payment_attempts += 1`
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `PaidOnlyAfterPayment` fails after `SubmitPayment`
(assert (not (=> pre_paid (or (= S_PaymentPending S_Paid) (= S_PaymentPending S_Shipped) (= S_PaymentPending S_Delivered) (= S_PaymentPending S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 mid1_payment_attempts))

;;; inductive/PaidOnlyAfterPayment/PaymentSucceeded (pass on unsat)
; temper verifier L0, Order: can `PaymentSucceeded` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (not modelled)
(declare-const mid1_paid Bool) ; `paid` after `paid = true`
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentSucceeded` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.payment_id != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; effect: paid = true
(assert (= mid1_paid true))
; `PaidOnlyAfterPayment` fails after `PaymentSucceeded`
(assert (not (=> mid1_paid (or (= S_Paid S_Paid) (= S_Paid S_Shipped) (= S_Paid S_Delivered) (= S_Paid S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 mid1_paid))

;;; inductive/PaidOnlyAfterPayment/PaymentFailed (pass on unsat)
; temper verifier L0, Order: can `PaymentFailed` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; `PaidOnlyAfterPayment` fails after `PaymentFailed`
(assert (not (=> pre_paid (or (= S_CheckingOut S_Paid) (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered) (= S_CheckingOut S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1))

;;; inductive/PaidOnlyAfterPayment/ExpirePayment (pass on unsat)
; temper verifier L0, Order: can `ExpirePayment` break `PaidOnlyAfterPayment`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `ExpirePayment` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; `PaidOnlyAfterPayment` fails after `ExpirePayment`
(assert (not (=> pre_paid (or (= S_Cancelled S_Paid) (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered) (= S_Cancelled S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status))

;;; inductive/PaidOnlyAfterPayment/Ship (pass on unsat)
; temper verifier L0, Order: can `Ship` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (not modelled)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (not modelled)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; `PaidOnlyAfterPayment` fails after `Ship`
(assert (not (=> pre_paid (or (= S_Shipped S_Paid) (= S_Shipped S_Shipped) (= S_Shipped S_Delivered) (= S_Shipped S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3))

;;; inductive/PaidOnlyAfterPayment/Deliver (pass on unsat)
; temper verifier L0, Order: can `Deliver` break `PaidOnlyAfterPayment`?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Deliver` fires from Shipped
(assert (= pre_status S_Shipped))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; `PaidOnlyAfterPayment` fails after `Deliver`
(assert (not (=> pre_paid (or (= S_Delivered S_Paid) (= S_Delivered S_Shipped) (= S_Delivered S_Delivered) (= S_Delivered S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status))

;;; inductive/PaidOnlyAfterPayment/Cancel (pass on unsat)
; temper verifier L0, Order: can `Cancel` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; `PaidOnlyAfterPayment` fails after `Cancel`
(assert (not (=> pre_paid (or (= S_Cancelled S_Paid) (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered) (= S_Cancelled S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1))

;;; inductive/PaidOnlyAfterPayment/Refund (pass on unsat)
; temper verifier L0, Order: can `Refund` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (not modelled)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (not modelled)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_amount_cents 9223372036854775807))
; `Refund` fires from Paid, Shipped, Delivered
(assert (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered)))
; guard: params.amount_cents > 0 && params.amount_cents <= total_cents && params.reason != ''
(assert (and (> param_amount_cents 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; `PaidOnlyAfterPayment` fails after `Refund`
(assert (not (=> pre_paid (or (= S_Refunded S_Paid) (= S_Refunded S_Shipped) (= S_Refunded S_Delivered) (= S_Refunded S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_amount_cents unknown_1 unknown_2))

