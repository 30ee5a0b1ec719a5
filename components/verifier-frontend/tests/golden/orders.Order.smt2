;;; guard/AddItem (pass on sat)
; temper verifier L0, Order: can the guard of `AddItem` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.sku != ''` reads `params.sku`, a string parameter (L1–L3 try its domain; L0 does not see it)
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
(declare-const unknown_1 Bool) ; unknown: `params.line_total_cents == total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.line_total_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
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
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (L1–L3 try its domain; L0 does not see it)
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
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
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
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
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
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
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
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
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
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
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
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
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
(declare-const unknown_1 Bool) ; unknown: `params.sku != ''` reads `params.sku`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_quantity Int) ; int parameter `quantity`
(declare-const param_line_total_cents Int) ; int parameter `line_total_cents`
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: append(items, params.sku)
(assert (= mid1_len_items (+ pre_len_items 1)))
; effect: item_count += params.quantity
(assert (= mid2_item_count (ite (< (+ pre_item_count param_quantity) 0) 0 (ite (> (+ pre_item_count param_quantity) 9223372036854775807) 9223372036854775807 (+ pre_item_count param_quantity)))))
; `ItemsAndCountAgree` fails after `AddItem`
(assert (not (and (=> (= mid2_item_count 0) (= mid1_len_items 0)) (=> (= mid1_len_items 0) (= mid2_item_count 0)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 param_quantity param_line_total_cents unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_len_items mid2_item_count))

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
(declare-const unknown_1 Bool) ; unknown: `params.line_total_cents == total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.line_total_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: remove_at(items, params.index)
(assert (= mid1_len_items (ite (and (<= 0 param_index) (< param_index pre_len_items)) (- pre_len_items 1) pre_len_items)))
; effect: item_count -= params.quantity
(assert (= mid2_item_count (ite (< (- pre_item_count param_quantity) 0) 0 (ite (> (- pre_item_count param_quantity) 9223372036854775807) 9223372036854775807 (- pre_item_count param_quantity)))))
; `ItemsAndCountAgree` fails after `RemoveItem`
(assert (not (and (=> (= mid2_item_count 0) (= mid1_len_items 0)) (=> (= mid1_len_items 0) (= mid2_item_count 0)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_index param_line_total_cents param_quantity unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_len_items mid2_item_count))

;;; initial/TotalNeverNegative (pass on unsat)
; temper verifier L0, Order: does `TotalNeverNegative` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
; `TotalNeverNegative` fails in the initial state: total_cents >= 0
(assert (not unknown_1))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; initial/EmptyCartCostsNothing (pass on unsat)
; temper verifier L0, Order: does `EmptyCartCostsNothing` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
; `EmptyCartCostsNothing` fails in the initial state: item_count == 0 => total_cents == 0
(assert (not (=> (= 0 0) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/EmptyCartCostsNothing/AddItem (pass on unsat)
; temper verifier L0, Order: can `AddItem` break `EmptyCartCostsNothing`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.sku != ''` reads `params.sku`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_quantity Int) ; int parameter `quantity`
(declare-const param_line_total_cents Int) ; int parameter `line_total_cents`
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_items Int) ; len(items) after `append(items, params.sku)`
(declare-const mid2_item_count Int) ; `item_count` after `item_count += params.quantity`
(declare-const unknown_18 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: append(items, params.sku)
(assert (= mid1_len_items (+ pre_len_items 1)))
; effect: item_count += params.quantity
(assert (= mid2_item_count (ite (< (+ pre_item_count param_quantity) 0) 0 (ite (> (+ pre_item_count param_quantity) 9223372036854775807) 9223372036854775807 (+ pre_item_count param_quantity)))))
; `EmptyCartCostsNothing` fails after `AddItem`
(assert (not (=> (= mid2_item_count 0) unknown_18)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 param_quantity param_line_total_cents unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_len_items mid2_item_count unknown_18))

;;; inductive/EmptyCartCostsNothing/RemoveItem (pass on unsat)
; temper verifier L0, Order: can `RemoveItem` break `EmptyCartCostsNothing`?
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
(declare-const unknown_1 Bool) ; unknown: `params.line_total_cents == total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.line_total_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_items Int) ; len(items) after `remove_at(items, params.index)`
(declare-const mid2_item_count Int) ; `item_count` after `item_count -= params.quantity`
(declare-const unknown_19 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: remove_at(items, params.index)
(assert (= mid1_len_items (ite (and (<= 0 param_index) (< param_index pre_len_items)) (- pre_len_items 1) pre_len_items)))
; effect: item_count -= params.quantity
(assert (= mid2_item_count (ite (< (- pre_item_count param_quantity) 0) 0 (ite (> (- pre_item_count param_quantity) 9223372036854775807) 9223372036854775807 (- pre_item_count param_quantity)))))
; `EmptyCartCostsNothing` fails after `RemoveItem`
(assert (not (=> (= mid2_item_count 0) unknown_19)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_index param_line_total_cents param_quantity unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_len_items mid2_item_count unknown_19))

;;; initial/CheckedOutOrdersHaveItemsAndAddress (pass on unsat)
; temper verifier L0, Order: does `CheckedOutOrdersHaveItemsAndAddress` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
; `CheckedOutOrdersHaveItemsAndAddress` fails in the initial state: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (not (=> (or (= S_Cart S_CheckingOut) (= S_Cart S_PaymentPending) (= S_Cart S_Paid) (= S_Cart S_Shipped) (= S_Cart S_Delivered) (= S_Cart S_Refunded)) (and (> 0 0) unknown_1 unknown_2))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/AddItem (pass on unsat)
; temper verifier L0, Order: can `AddItem` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.sku != ''` reads `params.sku`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_quantity Int) ; int parameter `quantity`
(declare-const param_line_total_cents Int) ; int parameter `line_total_cents`
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_items Int) ; len(items) after `append(items, params.sku)`
(declare-const mid2_item_count Int) ; `item_count` after `item_count += params.quantity`
(declare-const unknown_18 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: append(items, params.sku)
(assert (= mid1_len_items (+ pre_len_items 1)))
; effect: item_count += params.quantity
(assert (= mid2_item_count (ite (< (+ pre_item_count param_quantity) 0) 0 (ite (> (+ pre_item_count param_quantity) 9223372036854775807) 9223372036854775807 (+ pre_item_count param_quantity)))))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `AddItem`
(assert (not (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> mid2_item_count 0) unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 param_quantity param_line_total_cents unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_len_items mid2_item_count unknown_18 unknown_19))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/RemoveItem (pass on unsat)
; temper verifier L0, Order: can `RemoveItem` break `CheckedOutOrdersHaveItemsAndAddress`?
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
(declare-const unknown_1 Bool) ; unknown: `params.line_total_cents == total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.line_total_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_items Int) ; len(items) after `remove_at(items, params.index)`
(declare-const mid2_item_count Int) ; `item_count` after `item_count -= params.quantity`
(declare-const unknown_19 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: remove_at(items, params.index)
(assert (= mid1_len_items (ite (and (<= 0 param_index) (< param_index pre_len_items)) (- pre_len_items 1) pre_len_items)))
; effect: item_count -= params.quantity
(assert (= mid2_item_count (ite (< (- pre_item_count param_quantity) 0) 0 (ite (> (- pre_item_count param_quantity) 9223372036854775807) 9223372036854775807 (- pre_item_count param_quantity)))))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `RemoveItem`
(assert (not (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> mid2_item_count 0) unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_index param_line_total_cents param_quantity unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_len_items mid2_item_count unknown_19 unknown_20))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/Checkout (pass on unsat)
; temper verifier L0, Order: can `Checkout` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `Checkout`
(assert (not (=> (or (= S_CheckingOut S_CheckingOut) (= S_CheckingOut S_PaymentPending) (= S_CheckingOut S_Paid) (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered) (= S_CheckingOut S_Refunded)) (and (> pre_item_count 0) unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/EditCart (pass on unsat)
; temper verifier L0, Order: can `EditCart` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `EditCart` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `EditCart`
(assert (not (=> (or (= S_Cart S_CheckingOut) (= S_Cart S_PaymentPending) (= S_Cart S_Paid) (= S_Cart S_Shipped) (= S_Cart S_Delivered) (= S_Cart S_Refunded)) (and (> pre_item_count 0) unknown_17 unknown_18))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_payment_attempts Int) ; `payment_attempts` after `payment_attempts += 1`
(declare-const unknown_19 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `SubmitPayment`
(assert (not (=> (or (= S_PaymentPending S_CheckingOut) (= S_PaymentPending S_PaymentPending) (= S_PaymentPending S_Paid) (= S_PaymentPending S_Shipped) (= S_PaymentPending S_Delivered) (= S_PaymentPending S_Refunded)) (and (> pre_item_count 0) unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_payment_attempts unknown_19 unknown_20))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/PaymentSucceeded (pass on unsat)
; temper verifier L0, Order: can `PaymentSucceeded` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_paid Bool) ; `paid` after `paid = true`
(declare-const unknown_18 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentSucceeded` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.payment_id != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: paid = true
(assert (= mid1_paid true))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `PaymentSucceeded`
(assert (not (=> (or (= S_Paid S_CheckingOut) (= S_Paid S_PaymentPending) (= S_Paid S_Paid) (= S_Paid S_Shipped) (= S_Paid S_Delivered) (= S_Paid S_Refunded)) (and (> pre_item_count 0) unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_paid unknown_18 unknown_19))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/PaymentFailed (pass on unsat)
; temper verifier L0, Order: can `PaymentFailed` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `PaymentFailed`
(assert (not (=> (or (= S_CheckingOut S_CheckingOut) (= S_CheckingOut S_PaymentPending) (= S_CheckingOut S_Paid) (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered) (= S_CheckingOut S_Refunded)) (and (> pre_item_count 0) unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/ExpirePayment (pass on unsat)
; temper verifier L0, Order: can `ExpirePayment` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `ExpirePayment` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `ExpirePayment`
(assert (not (=> (or (= S_Cancelled S_CheckingOut) (= S_Cancelled S_PaymentPending) (= S_Cancelled S_Paid) (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered) (= S_Cancelled S_Refunded)) (and (> pre_item_count 0) unknown_17 unknown_18))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/Ship (pass on unsat)
; temper verifier L0, Order: can `Ship` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_21 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_4)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_5))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_6 unknown_7)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_8 unknown_9)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_10 unknown_11)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_12 unknown_13 unknown_14)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_15 unknown_16))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_17))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_18 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_19))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `Ship`
(assert (not (=> (or (= S_Shipped S_CheckingOut) (= S_Shipped S_PaymentPending) (= S_Shipped S_Paid) (= S_Shipped S_Shipped) (= S_Shipped S_Delivered) (= S_Shipped S_Refunded)) (and (> pre_item_count 0) unknown_20 unknown_21))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20 unknown_21))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/Deliver (pass on unsat)
; temper verifier L0, Order: can `Deliver` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Deliver` fires from Shipped
(assert (= pre_status S_Shipped))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `Deliver`
(assert (not (=> (or (= S_Delivered S_CheckingOut) (= S_Delivered S_PaymentPending) (= S_Delivered S_Paid) (= S_Delivered S_Shipped) (= S_Delivered S_Delivered) (= S_Delivered S_Refunded)) (and (> pre_item_count 0) unknown_17 unknown_18))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/Cancel (pass on unsat)
; temper verifier L0, Order: can `Cancel` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `Cancel`
(assert (not (=> (or (= S_Cancelled S_CheckingOut) (= S_Cancelled S_PaymentPending) (= S_Cancelled S_Paid) (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered) (= S_Cancelled S_Refunded)) (and (> pre_item_count 0) unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/CheckedOutOrdersHaveItemsAndAddress/Refund (pass on unsat)
; temper verifier L0, Order: can `Refund` break `CheckedOutOrdersHaveItemsAndAddress`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `CheckedOutOrdersHaveItemsAndAddress` fails after `Refund`
(assert (not (=> (or (= S_Refunded S_CheckingOut) (= S_Refunded S_PaymentPending) (= S_Refunded S_Paid) (= S_Refunded S_Shipped) (= S_Refunded S_Delivered) (= S_Refunded S_Refunded)) (and (> pre_item_count 0) unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_amount_cents unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

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
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `PaymentAttemptsBounded` fails after `SubmitPayment`
(assert (not (<= mid1_payment_attempts 3)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_payment_attempts))

;;; initial/PendingPaymentWasAttempted (pass on unsat)
; temper verifier L0, Order: does `PendingPaymentWasAttempted` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
; `PendingPaymentWasAttempted` fails in the initial state: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (not (=> (= S_Cart S_PaymentPending) (and (>= 0 1) unknown_1 unknown_2))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/PendingPaymentWasAttempted/Checkout (pass on unsat)
; temper verifier L0, Order: can `Checkout` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `PendingPaymentWasAttempted` fails after `Checkout`
(assert (not (=> (= S_CheckingOut S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

;;; inductive/PendingPaymentWasAttempted/EditCart (pass on unsat)
; temper verifier L0, Order: can `EditCart` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `EditCart` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `PendingPaymentWasAttempted` fails after `EditCart`
(assert (not (=> (= S_Cart S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_17 unknown_18))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/PendingPaymentWasAttempted/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_payment_attempts Int) ; `payment_attempts` after `payment_attempts += 1`
(declare-const unknown_19 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `PendingPaymentWasAttempted` fails after `SubmitPayment`
(assert (not (=> (= S_PaymentPending S_PaymentPending) (and (>= mid1_payment_attempts 1) unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_payment_attempts unknown_19 unknown_20))

;;; inductive/PendingPaymentWasAttempted/PaymentSucceeded (pass on unsat)
; temper verifier L0, Order: can `PaymentSucceeded` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_paid Bool) ; `paid` after `paid = true`
(declare-const unknown_18 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentSucceeded` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.payment_id != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: paid = true
(assert (= mid1_paid true))
; `PendingPaymentWasAttempted` fails after `PaymentSucceeded`
(assert (not (=> (= S_Paid S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_paid unknown_18 unknown_19))

;;; inductive/PendingPaymentWasAttempted/PaymentFailed (pass on unsat)
; temper verifier L0, Order: can `PaymentFailed` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `PendingPaymentWasAttempted` fails after `PaymentFailed`
(assert (not (=> (= S_CheckingOut S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/PendingPaymentWasAttempted/ExpirePayment (pass on unsat)
; temper verifier L0, Order: can `ExpirePayment` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `ExpirePayment` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `PendingPaymentWasAttempted` fails after `ExpirePayment`
(assert (not (=> (= S_Cancelled S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_17 unknown_18))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/PendingPaymentWasAttempted/Ship (pass on unsat)
; temper verifier L0, Order: can `Ship` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_21 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_4)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_5))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_6 unknown_7)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_8 unknown_9)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_10 unknown_11)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_12 unknown_13 unknown_14)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_15 unknown_16))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_17))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_18 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_19))
; `PendingPaymentWasAttempted` fails after `Ship`
(assert (not (=> (= S_Shipped S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_20 unknown_21))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20 unknown_21))

;;; inductive/PendingPaymentWasAttempted/Deliver (pass on unsat)
; temper verifier L0, Order: can `Deliver` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Deliver` fires from Shipped
(assert (= pre_status S_Shipped))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `PendingPaymentWasAttempted` fails after `Deliver`
(assert (not (=> (= S_Delivered S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_17 unknown_18))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/PendingPaymentWasAttempted/Cancel (pass on unsat)
; temper verifier L0, Order: can `Cancel` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `PendingPaymentWasAttempted` fails after `Cancel`
(assert (not (=> (= S_Cancelled S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/PendingPaymentWasAttempted/Refund (pass on unsat)
; temper verifier L0, Order: can `Refund` break `PendingPaymentWasAttempted`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `PendingPaymentWasAttempted` fails after `Refund`
(assert (not (=> (= S_Refunded S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_amount_cents unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

;;; initial/PaidOrdersHavePayment (pass on unsat)
; temper verifier L0, Order: does `PaidOrdersHavePayment` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
; `PaidOrdersHavePayment` fails in the initial state: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (not (=> (or (= S_Cart S_Paid) (= S_Cart S_Shipped) (= S_Cart S_Delivered) (= S_Cart S_Refunded)) (and false unknown_1 unknown_2))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/PaidOrdersHavePayment/Checkout (pass on unsat)
; temper verifier L0, Order: can `Checkout` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `PaidOrdersHavePayment` fails after `Checkout`
(assert (not (=> (or (= S_CheckingOut S_Paid) (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered) (= S_CheckingOut S_Refunded)) (and pre_paid unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

;;; inductive/PaidOrdersHavePayment/EditCart (pass on unsat)
; temper verifier L0, Order: can `EditCart` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `EditCart` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `PaidOrdersHavePayment` fails after `EditCart`
(assert (not (=> (or (= S_Cart S_Paid) (= S_Cart S_Shipped) (= S_Cart S_Delivered) (= S_Cart S_Refunded)) (and pre_paid unknown_17 unknown_18))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/PaidOrdersHavePayment/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_payment_attempts Int) ; `payment_attempts` after `payment_attempts += 1`
(declare-const unknown_19 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `PaidOrdersHavePayment` fails after `SubmitPayment`
(assert (not (=> (or (= S_PaymentPending S_Paid) (= S_PaymentPending S_Shipped) (= S_PaymentPending S_Delivered) (= S_PaymentPending S_Refunded)) (and pre_paid unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_payment_attempts unknown_19 unknown_20))

;;; inductive/PaidOrdersHavePayment/PaymentSucceeded (pass on unsat)
; temper verifier L0, Order: can `PaymentSucceeded` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_paid Bool) ; `paid` after `paid = true`
(declare-const unknown_18 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentSucceeded` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.payment_id != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: paid = true
(assert (= mid1_paid true))
; `PaidOrdersHavePayment` fails after `PaymentSucceeded`
(assert (not (=> (or (= S_Paid S_Paid) (= S_Paid S_Shipped) (= S_Paid S_Delivered) (= S_Paid S_Refunded)) (and mid1_paid unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_paid unknown_18 unknown_19))

;;; inductive/PaidOrdersHavePayment/PaymentFailed (pass on unsat)
; temper verifier L0, Order: can `PaymentFailed` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `PaidOrdersHavePayment` fails after `PaymentFailed`
(assert (not (=> (or (= S_CheckingOut S_Paid) (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered) (= S_CheckingOut S_Refunded)) (and pre_paid unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/PaidOrdersHavePayment/ExpirePayment (pass on unsat)
; temper verifier L0, Order: can `ExpirePayment` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `ExpirePayment` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `PaidOrdersHavePayment` fails after `ExpirePayment`
(assert (not (=> (or (= S_Cancelled S_Paid) (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered) (= S_Cancelled S_Refunded)) (and pre_paid unknown_17 unknown_18))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/PaidOrdersHavePayment/Ship (pass on unsat)
; temper verifier L0, Order: can `Ship` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_21 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_4)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_5))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_6 unknown_7)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_8 unknown_9)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_10 unknown_11)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_12 unknown_13 unknown_14)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_15 unknown_16))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_17))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_18 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_19))
; `PaidOrdersHavePayment` fails after `Ship`
(assert (not (=> (or (= S_Shipped S_Paid) (= S_Shipped S_Shipped) (= S_Shipped S_Delivered) (= S_Shipped S_Refunded)) (and pre_paid unknown_20 unknown_21))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20 unknown_21))

;;; inductive/PaidOrdersHavePayment/Deliver (pass on unsat)
; temper verifier L0, Order: can `Deliver` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Deliver` fires from Shipped
(assert (= pre_status S_Shipped))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `PaidOrdersHavePayment` fails after `Deliver`
(assert (not (=> (or (= S_Delivered S_Paid) (= S_Delivered S_Shipped) (= S_Delivered S_Delivered) (= S_Delivered S_Refunded)) (and pre_paid unknown_17 unknown_18))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/PaidOrdersHavePayment/Cancel (pass on unsat)
; temper verifier L0, Order: can `Cancel` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `PaidOrdersHavePayment` fails after `Cancel`
(assert (not (=> (or (= S_Cancelled S_Paid) (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered) (= S_Cancelled S_Refunded)) (and pre_paid unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/PaidOrdersHavePayment/Refund (pass on unsat)
; temper verifier L0, Order: can `Refund` break `PaidOrdersHavePayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `PaidOrdersHavePayment` fails after `Refund`
(assert (not (=> (or (= S_Refunded S_Paid) (= S_Refunded S_Shipped) (= S_Refunded S_Delivered) (= S_Refunded S_Refunded)) (and pre_paid unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_amount_cents unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

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
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `PaidOnlyAfterPayment` fails after `Checkout`
(assert (not (=> pre_paid (or (= S_CheckingOut S_Paid) (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered) (= S_CheckingOut S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/PaidOnlyAfterPayment/EditCart (pass on unsat)
; temper verifier L0, Order: can `EditCart` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `EditCart` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `PaidOnlyAfterPayment` fails after `EditCart`
(assert (not (=> pre_paid (or (= S_Cart S_Paid) (= S_Cart S_Shipped) (= S_Cart S_Delivered) (= S_Cart S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16))

;;; inductive/PaidOnlyAfterPayment/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `PaidOnlyAfterPayment` fails after `SubmitPayment`
(assert (not (=> pre_paid (or (= S_PaymentPending S_Paid) (= S_PaymentPending S_Shipped) (= S_PaymentPending S_Delivered) (= S_PaymentPending S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_payment_attempts))

;;; inductive/PaidOnlyAfterPayment/PaymentSucceeded (pass on unsat)
; temper verifier L0, Order: can `PaymentSucceeded` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: paid = true
(assert (= mid1_paid true))
; `PaidOnlyAfterPayment` fails after `PaymentSucceeded`
(assert (not (=> mid1_paid (or (= S_Paid S_Paid) (= S_Paid S_Shipped) (= S_Paid S_Delivered) (= S_Paid S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_paid))

;;; inductive/PaidOnlyAfterPayment/PaymentFailed (pass on unsat)
; temper verifier L0, Order: can `PaymentFailed` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `PaidOnlyAfterPayment` fails after `PaymentFailed`
(assert (not (=> pre_paid (or (= S_CheckingOut S_Paid) (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered) (= S_CheckingOut S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/PaidOnlyAfterPayment/ExpirePayment (pass on unsat)
; temper verifier L0, Order: can `ExpirePayment` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `ExpirePayment` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `PaidOnlyAfterPayment` fails after `ExpirePayment`
(assert (not (=> pre_paid (or (= S_Cancelled S_Paid) (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered) (= S_Cancelled S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16))

;;; inductive/PaidOnlyAfterPayment/Ship (pass on unsat)
; temper verifier L0, Order: can `Ship` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_4)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_5))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_6 unknown_7)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_8 unknown_9)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_10 unknown_11)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_12 unknown_13 unknown_14)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_15 unknown_16))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_17))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_18 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_19))
; `PaidOnlyAfterPayment` fails after `Ship`
(assert (not (=> pre_paid (or (= S_Shipped S_Paid) (= S_Shipped S_Shipped) (= S_Shipped S_Delivered) (= S_Shipped S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/PaidOnlyAfterPayment/Deliver (pass on unsat)
; temper verifier L0, Order: can `Deliver` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Deliver` fires from Shipped
(assert (= pre_status S_Shipped))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `PaidOnlyAfterPayment` fails after `Deliver`
(assert (not (=> pre_paid (or (= S_Delivered S_Paid) (= S_Delivered S_Shipped) (= S_Delivered S_Delivered) (= S_Delivered S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16))

;;; inductive/PaidOnlyAfterPayment/Cancel (pass on unsat)
; temper verifier L0, Order: can `Cancel` break `PaidOnlyAfterPayment`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `PaidOnlyAfterPayment` fails after `Cancel`
(assert (not (=> pre_paid (or (= S_Cancelled S_Paid) (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered) (= S_Cancelled S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

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
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `PaidOnlyAfterPayment` fails after `Refund`
(assert (not (=> pre_paid (or (= S_Refunded S_Paid) (= S_Refunded S_Shipped) (= S_Refunded S_Delivered) (= S_Refunded S_Refunded)))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_amount_cents unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; initial/ShippedOrdersAreTracked (pass on unsat)
; temper verifier L0, Order: does `ShippedOrdersAreTracked` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
; `ShippedOrdersAreTracked` fails in the initial state: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (not (=> (or (= S_Cart S_Shipped) (= S_Cart S_Delivered)) (and unknown_1 unknown_2 unknown_3))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2 unknown_3))

;;; inductive/ShippedOrdersAreTracked/Checkout (pass on unsat)
; temper verifier L0, Order: can `Checkout` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_21 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `ShippedOrdersAreTracked` fails after `Checkout`
(assert (not (=> (or (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered)) (and unknown_19 unknown_20 unknown_21))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20 unknown_21))

;;; inductive/ShippedOrdersAreTracked/EditCart (pass on unsat)
; temper verifier L0, Order: can `EditCart` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `EditCart` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `ShippedOrdersAreTracked` fails after `EditCart`
(assert (not (=> (or (= S_Cart S_Shipped) (= S_Cart S_Delivered)) (and unknown_17 unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/ShippedOrdersAreTracked/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_payment_attempts Int) ; `payment_attempts` after `payment_attempts += 1`
(declare-const unknown_19 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_21 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `ShippedOrdersAreTracked` fails after `SubmitPayment`
(assert (not (=> (or (= S_PaymentPending S_Shipped) (= S_PaymentPending S_Delivered)) (and unknown_19 unknown_20 unknown_21))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_payment_attempts unknown_19 unknown_20 unknown_21))

;;; inductive/ShippedOrdersAreTracked/PaymentSucceeded (pass on unsat)
; temper verifier L0, Order: can `PaymentSucceeded` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_paid Bool) ; `paid` after `paid = true`
(declare-const unknown_18 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentSucceeded` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.payment_id != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: paid = true
(assert (= mid1_paid true))
; `ShippedOrdersAreTracked` fails after `PaymentSucceeded`
(assert (not (=> (or (= S_Paid S_Shipped) (= S_Paid S_Delivered)) (and unknown_18 unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_paid unknown_18 unknown_19 unknown_20))

;;; inductive/ShippedOrdersAreTracked/PaymentFailed (pass on unsat)
; temper verifier L0, Order: can `PaymentFailed` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `ShippedOrdersAreTracked` fails after `PaymentFailed`
(assert (not (=> (or (= S_CheckingOut S_Shipped) (= S_CheckingOut S_Delivered)) (and unknown_18 unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

;;; inductive/ShippedOrdersAreTracked/ExpirePayment (pass on unsat)
; temper verifier L0, Order: can `ExpirePayment` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `ExpirePayment` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `ShippedOrdersAreTracked` fails after `ExpirePayment`
(assert (not (=> (or (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered)) (and unknown_17 unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/ShippedOrdersAreTracked/Ship (pass on unsat)
; temper verifier L0, Order: can `Ship` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_21 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_22 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_4)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_5))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_6 unknown_7)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_8 unknown_9)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_10 unknown_11)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_12 unknown_13 unknown_14)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_15 unknown_16))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_17))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_18 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_19))
; `ShippedOrdersAreTracked` fails after `Ship`
(assert (not (=> (or (= S_Shipped S_Shipped) (= S_Shipped S_Delivered)) (and unknown_20 unknown_21 unknown_22))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20 unknown_21 unknown_22))

;;; inductive/ShippedOrdersAreTracked/Deliver (pass on unsat)
; temper verifier L0, Order: can `Deliver` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Deliver` fires from Shipped
(assert (= pre_status S_Shipped))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `ShippedOrdersAreTracked` fails after `Deliver`
(assert (not (=> (or (= S_Delivered S_Shipped) (= S_Delivered S_Delivered)) (and unknown_17 unknown_18 unknown_19))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/ShippedOrdersAreTracked/Cancel (pass on unsat)
; temper verifier L0, Order: can `Cancel` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `ShippedOrdersAreTracked` fails after `Cancel`
(assert (not (=> (or (= S_Cancelled S_Shipped) (= S_Cancelled S_Delivered)) (and unknown_18 unknown_19 unknown_20))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

;;; inductive/ShippedOrdersAreTracked/Refund (pass on unsat)
; temper verifier L0, Order: can `Refund` break `ShippedOrdersAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_21 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `ShippedOrdersAreTracked` fails after `Refund`
(assert (not (=> (or (= S_Refunded S_Shipped) (= S_Refunded S_Delivered)) (and unknown_19 unknown_20 unknown_21))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_amount_cents unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20 unknown_21))

;;; initial/RefundWithinTotal (pass on unsat)
; temper verifier L0, Order: does `RefundWithinTotal` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
; `RefundWithinTotal` fails in the initial state: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (not (and unknown_1 unknown_2)))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; initial/RefundedMeansMoneyBack (pass on unsat)
; temper verifier L0, Order: does `RefundedMeansMoneyBack` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
; `RefundedMeansMoneyBack` fails in the initial state: status == 'Refunded' => refunded_cents > 0
(assert (not (=> (= S_Cart S_Refunded) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/RefundedMeansMoneyBack/Checkout (pass on unsat)
; temper verifier L0, Order: can `Checkout` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `RefundedMeansMoneyBack` fails after `Checkout`
(assert (not (=> (= S_CheckingOut S_Refunded) unknown_19)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/RefundedMeansMoneyBack/EditCart (pass on unsat)
; temper verifier L0, Order: can `EditCart` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `EditCart` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `RefundedMeansMoneyBack` fails after `EditCart`
(assert (not (=> (= S_Cart S_Refunded) unknown_17)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/RefundedMeansMoneyBack/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_payment_attempts Int) ; `payment_attempts` after `payment_attempts += 1`
(declare-const unknown_19 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `RefundedMeansMoneyBack` fails after `SubmitPayment`
(assert (not (=> (= S_PaymentPending S_Refunded) unknown_19)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_payment_attempts unknown_19))

;;; inductive/RefundedMeansMoneyBack/PaymentSucceeded (pass on unsat)
; temper verifier L0, Order: can `PaymentSucceeded` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_paid Bool) ; `paid` after `paid = true`
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentSucceeded` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.payment_id != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: paid = true
(assert (= mid1_paid true))
; `RefundedMeansMoneyBack` fails after `PaymentSucceeded`
(assert (not (=> (= S_Paid S_Refunded) unknown_18)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_paid unknown_18))

;;; inductive/RefundedMeansMoneyBack/PaymentFailed (pass on unsat)
; temper verifier L0, Order: can `PaymentFailed` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `RefundedMeansMoneyBack` fails after `PaymentFailed`
(assert (not (=> (= S_CheckingOut S_Refunded) unknown_18)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/RefundedMeansMoneyBack/ExpirePayment (pass on unsat)
; temper verifier L0, Order: can `ExpirePayment` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `ExpirePayment` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `RefundedMeansMoneyBack` fails after `ExpirePayment`
(assert (not (=> (= S_Cancelled S_Refunded) unknown_17)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/RefundedMeansMoneyBack/Ship (pass on unsat)
; temper verifier L0, Order: can `Ship` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_4)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_5))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_6 unknown_7)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_8 unknown_9)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_10 unknown_11)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_12 unknown_13 unknown_14)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_15 unknown_16))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_17))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_18 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_19))
; `RefundedMeansMoneyBack` fails after `Ship`
(assert (not (=> (= S_Shipped S_Refunded) unknown_20)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

;;; inductive/RefundedMeansMoneyBack/Deliver (pass on unsat)
; temper verifier L0, Order: can `Deliver` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Deliver` fires from Shipped
(assert (= pre_status S_Shipped))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `RefundedMeansMoneyBack` fails after `Deliver`
(assert (not (=> (= S_Delivered S_Refunded) unknown_17)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/RefundedMeansMoneyBack/Cancel (pass on unsat)
; temper verifier L0, Order: can `Cancel` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `RefundedMeansMoneyBack` fails after `Cancel`
(assert (not (=> (= S_Cancelled S_Refunded) unknown_18)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/RefundedMeansMoneyBack/Refund (pass on unsat)
; temper verifier L0, Order: can `Refund` break `RefundedMeansMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `RefundedMeansMoneyBack` fails after `Refund`
(assert (not (=> (= S_Refunded S_Refunded) unknown_19)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_amount_cents unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; initial/OnlyRefundedOrdersGetMoneyBack (pass on unsat)
; temper verifier L0, Order: does `OnlyRefundedOrdersGetMoneyBack` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
; `OnlyRefundedOrdersGetMoneyBack` fails in the initial state: refunded_cents > 0 => status == 'Refunded'
(assert (not (=> unknown_1 (= S_Cart S_Refunded))))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/Checkout (pass on unsat)
; temper verifier L0, Order: can `Checkout` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `OnlyRefundedOrdersGetMoneyBack` fails after `Checkout`
(assert (not (=> unknown_19 (= S_CheckingOut S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/EditCart (pass on unsat)
; temper verifier L0, Order: can `EditCart` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `EditCart` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `OnlyRefundedOrdersGetMoneyBack` fails after `EditCart`
(assert (not (=> unknown_17 (= S_Cart S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_payment_attempts Int) ; `payment_attempts` after `payment_attempts += 1`
(declare-const unknown_19 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `OnlyRefundedOrdersGetMoneyBack` fails after `SubmitPayment`
(assert (not (=> unknown_19 (= S_PaymentPending S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_payment_attempts unknown_19))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/PaymentSucceeded (pass on unsat)
; temper verifier L0, Order: can `PaymentSucceeded` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_paid Bool) ; `paid` after `paid = true`
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentSucceeded` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.payment_id != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: paid = true
(assert (= mid1_paid true))
; `OnlyRefundedOrdersGetMoneyBack` fails after `PaymentSucceeded`
(assert (not (=> unknown_18 (= S_Paid S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_paid unknown_18))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/PaymentFailed (pass on unsat)
; temper verifier L0, Order: can `PaymentFailed` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `OnlyRefundedOrdersGetMoneyBack` fails after `PaymentFailed`
(assert (not (=> unknown_18 (= S_CheckingOut S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/ExpirePayment (pass on unsat)
; temper verifier L0, Order: can `ExpirePayment` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `ExpirePayment` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `OnlyRefundedOrdersGetMoneyBack` fails after `ExpirePayment`
(assert (not (=> unknown_17 (= S_Cancelled S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/Ship (pass on unsat)
; temper verifier L0, Order: can `Ship` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_4)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_5))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_6 unknown_7)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_8 unknown_9)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_10 unknown_11)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_12 unknown_13 unknown_14)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_15 unknown_16))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_17))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_18 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_19))
; `OnlyRefundedOrdersGetMoneyBack` fails after `Ship`
(assert (not (=> unknown_20 (= S_Shipped S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/Deliver (pass on unsat)
; temper verifier L0, Order: can `Deliver` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Deliver` fires from Shipped
(assert (= pre_status S_Shipped))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `OnlyRefundedOrdersGetMoneyBack` fails after `Deliver`
(assert (not (=> unknown_17 (= S_Delivered S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/Cancel (pass on unsat)
; temper verifier L0, Order: can `Cancel` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `OnlyRefundedOrdersGetMoneyBack` fails after `Cancel`
(assert (not (=> unknown_18 (= S_Cancelled S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/OnlyRefundedOrdersGetMoneyBack/Refund (pass on unsat)
; temper verifier L0, Order: can `Refund` break `OnlyRefundedOrdersGetMoneyBack`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `OnlyRefundedOrdersGetMoneyBack` fails after `Refund`
(assert (not (=> unknown_19 (= S_Refunded S_Refunded))))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_amount_cents unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; initial/ClosedOrdersSayWhy (pass on unsat)
; temper verifier L0, Order: does `ClosedOrdersSayWhy` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const unknown_1 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
; `ClosedOrdersSayWhy` fails in the initial state: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (not (=> (or (= S_Cart S_Cancelled) (= S_Cart S_Refunded)) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/ClosedOrdersSayWhy/Checkout (pass on unsat)
; temper verifier L0, Order: can `Checkout` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.customer != ''` reads `params.customer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.shipping_address != ''` reads `params.shipping_address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Checkout` fires from Cart
(assert (= pre_status S_Cart))
; guard: item_count > 0 && params.customer != '' && params.shipping_address != ''
(assert (and (> pre_item_count 0) unknown_1 unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `ClosedOrdersSayWhy` fails after `Checkout`
(assert (not (=> (or (= S_CheckingOut S_Cancelled) (= S_CheckingOut S_Refunded)) unknown_19)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

;;; inductive/ClosedOrdersSayWhy/EditCart (pass on unsat)
; temper verifier L0, Order: can `EditCart` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `EditCart` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `ClosedOrdersSayWhy` fails after `EditCart`
(assert (not (=> (or (= S_Cart S_Cancelled) (= S_Cart S_Refunded)) unknown_17)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/ClosedOrdersSayWhy/SubmitPayment (pass on unsat)
; temper verifier L0, Order: can `SubmitPayment` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.payment_method in ['card', 'wallet', 'bank_transfer']` reads `params.payment_method`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_payment_attempts Int) ; `payment_attempts` after `payment_attempts += 1`
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `SubmitPayment` fires from CheckingOut
(assert (= pre_status S_CheckingOut))
; guard: total_cents > 0 && payment_attempts < 3 && params.payment_method in ['card', 'wallet', 'bank_transfer']
(assert (and unknown_1 (< pre_payment_attempts 3) unknown_2))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; effect: payment_attempts += 1
(assert (= mid1_payment_attempts (ite (< (+ pre_payment_attempts 1) 0) 0 (ite (> (+ pre_payment_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_payment_attempts 1)))))
; `ClosedOrdersSayWhy` fails after `SubmitPayment`
(assert (not (=> (or (= S_PaymentPending S_Cancelled) (= S_PaymentPending S_Refunded)) unknown_19)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 mid1_payment_attempts unknown_19))

;;; inductive/ClosedOrdersSayWhy/PaymentSucceeded (pass on unsat)
; temper verifier L0, Order: can `PaymentSucceeded` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.payment_id != ''` reads `params.payment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_paid Bool) ; `paid` after `paid = true`
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentSucceeded` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.payment_id != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; effect: paid = true
(assert (= mid1_paid true))
; `ClosedOrdersSayWhy` fails after `PaymentSucceeded`
(assert (not (=> (or (= S_Paid S_Cancelled) (= S_Paid S_Refunded)) unknown_18)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 mid1_paid unknown_18))

;;; inductive/ClosedOrdersSayWhy/PaymentFailed (pass on unsat)
; temper verifier L0, Order: can `PaymentFailed` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `PaymentFailed` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `ClosedOrdersSayWhy` fails after `PaymentFailed`
(assert (not (=> (or (= S_CheckingOut S_Cancelled) (= S_CheckingOut S_Refunded)) unknown_18)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/ClosedOrdersSayWhy/ExpirePayment (pass on unsat)
; temper verifier L0, Order: can `ExpirePayment` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `ExpirePayment` fires from PaymentPending
(assert (= pre_status S_PaymentPending))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `ClosedOrdersSayWhy` fails after `ExpirePayment`
(assert (not (=> (or (= S_Cancelled S_Cancelled) (= S_Cancelled S_Refunded)) unknown_17)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/ClosedOrdersSayWhy/Ship (pass on unsat)
; temper verifier L0, Order: can `Ship` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.shipment_id != ''` reads `params.shipment_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.carrier != ''` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_20 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Ship` fires from Paid
(assert (= pre_status S_Paid))
; guard: params.shipment_id != '' && params.carrier != '' && params.tracking_number != ''
(assert (and unknown_1 unknown_2 unknown_3))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_4)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_5))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_6 unknown_7)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_8 unknown_9)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_10 unknown_11)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_12 unknown_13 unknown_14)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_15 unknown_16))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_17))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_18 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_19))
; `ClosedOrdersSayWhy` fails after `Ship`
(assert (not (=> (or (= S_Shipped S_Cancelled) (= S_Shipped S_Refunded)) unknown_20)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19 unknown_20))

;;; inductive/ClosedOrdersSayWhy/Deliver (pass on unsat)
; temper verifier L0, Order: can `Deliver` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Deliver` fires from Shipped
(assert (= pre_status S_Shipped))
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_1)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_2))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_3 unknown_4)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_5 unknown_6)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_7 unknown_8)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_9 unknown_10 unknown_11)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_12 unknown_13))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_14))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_15 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_16))
; `ClosedOrdersSayWhy` fails after `Deliver`
(assert (not (=> (or (= S_Delivered S_Cancelled) (= S_Delivered S_Refunded)) unknown_17)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17))

;;; inductive/ClosedOrdersSayWhy/Cancel (pass on unsat)
; temper verifier L0, Order: can `Cancel` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_len_items))
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_payment_attempts 9223372036854775807))
; `Cancel` fires from Cart, CheckingOut
(assert (or (= pre_status S_Cart) (= pre_status S_CheckingOut)))
; guard: params.reason != ''
(assert unknown_1)
; invariant ItemsAndCountAgree holds before: (item_count == 0 => empty(items)) && (empty(items) => item_count == 0)
(assert (and (=> (= pre_item_count 0) (= pre_len_items 0)) (=> (= pre_len_items 0) (= pre_item_count 0))))
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_2)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_3))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_4 unknown_5)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_6 unknown_7)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_8 unknown_9)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_10 unknown_11 unknown_12)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_13 unknown_14))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_15))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_16 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_17))
; `ClosedOrdersSayWhy` fails after `Cancel`
(assert (not (=> (or (= S_Cancelled S_Cancelled) (= S_Cancelled S_Refunded)) unknown_18)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18))

;;; inductive/ClosedOrdersSayWhy/Refund (pass on unsat)
; temper verifier L0, Order: can `Refund` break `ClosedOrdersSayWhy`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Cart) (S_CheckingOut) (S_PaymentPending) (S_Paid) (S_Shipped) (S_Delivered) (S_Cancelled) (S_Refunded))))
(declare-const pre_len_items Int) ; len(items), the list's length
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_payment_attempts Int) ; counter `payment_attempts`
(declare-const pre_paid Bool) ; bool `paid`
(declare-const pre_status Status) ; the status before
(declare-const param_amount_cents Int) ; int parameter `amount_cents`
(declare-const unknown_1 Bool) ; unknown: `params.amount_cents <= total_cents` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.reason != ''` reads `params.reason`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `total_cents >= 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `total_cents == 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `shipping_address != ''` reads `shipping_address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `customer_id != ''` reads `customer_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `payment_method != ''` reads `payment_method`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `payment_id != ''` reads `payment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_10 Bool) ; unknown: `total_cents > 0` reads `total_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_11 Bool) ; unknown: `shipment_id != ''` reads `shipment_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_12 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_13 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_14 Bool) ; unknown: `refunded_cents >= 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_15 Bool) ; unknown: `refunded_cents <= total_cents` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_16 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_17 Bool) ; unknown: `refunded_cents > 0` reads `refunded_cents`, an int (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_18 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_19 Bool) ; unknown: `cancel_reason != ''` reads `cancel_reason`, a string (L1–L3 check it over its domain; L0 does not see it)
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
; invariant TotalNeverNegative holds before: total_cents >= 0
(assert unknown_3)
; invariant EmptyCartCostsNothing holds before: item_count == 0 => total_cents == 0
(assert (=> (= pre_item_count 0) unknown_4))
; invariant CheckedOutOrdersHaveItemsAndAddress holds before: status in ['CheckingOut', 'PaymentPending', 'Paid', 'Shipped', 'Delivered', 'Refunded'] => item_count > 0 && shipping_address != '' && customer_id != ''
(assert (=> (or (= pre_status S_CheckingOut) (= pre_status S_PaymentPending) (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and (> pre_item_count 0) unknown_5 unknown_6)))
; invariant PaymentAttemptsBounded holds before: payment_attempts <= 3
(assert (<= pre_payment_attempts 3))
; invariant PendingPaymentWasAttempted holds before: status == 'PaymentPending' => payment_attempts >= 1 && payment_method != '' && total_cents > 0
(assert (=> (= pre_status S_PaymentPending) (and (>= pre_payment_attempts 1) unknown_7 unknown_8)))
; invariant PaidOrdersHavePayment holds before: status in ['Paid', 'Shipped', 'Delivered', 'Refunded'] => paid && payment_id != '' && total_cents > 0
(assert (=> (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded)) (and pre_paid unknown_9 unknown_10)))
; invariant PaidOnlyAfterPayment holds before: paid => status in ['Paid', 'Shipped', 'Delivered', 'Refunded']
(assert (=> pre_paid (or (= pre_status S_Paid) (= pre_status S_Shipped) (= pre_status S_Delivered) (= pre_status S_Refunded))))
; invariant ShippedOrdersAreTracked holds before: status in ['Shipped', 'Delivered'] => shipment_id != '' && carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_Shipped) (= pre_status S_Delivered)) (and unknown_11 unknown_12 unknown_13)))
; invariant RefundWithinTotal holds before: refunded_cents >= 0 && refunded_cents <= total_cents
(assert (and unknown_14 unknown_15))
; invariant RefundedMeansMoneyBack holds before: status == 'Refunded' => refunded_cents > 0
(assert (=> (= pre_status S_Refunded) unknown_16))
; invariant OnlyRefundedOrdersGetMoneyBack holds before: refunded_cents > 0 => status == 'Refunded'
(assert (=> unknown_17 (= pre_status S_Refunded)))
; invariant ClosedOrdersSayWhy holds before: status in ['Cancelled', 'Refunded'] => cancel_reason != ''
(assert (=> (or (= pre_status S_Cancelled) (= pre_status S_Refunded)) unknown_18))
; `ClosedOrdersSayWhy` fails after `Refund`
(assert (not (=> (or (= S_Refunded S_Cancelled) (= S_Refunded S_Refunded)) unknown_19)))
(check-sat)
;;; on sat: (get-value (pre_len_items pre_item_count pre_payment_attempts pre_paid pre_status param_amount_cents unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9 unknown_10 unknown_11 unknown_12 unknown_13 unknown_14 unknown_15 unknown_16 unknown_17 unknown_18 unknown_19))

