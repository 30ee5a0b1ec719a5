;;; guard/Request (pass on sat)
; temper verifier L0, Shipment: can the guard of `Request` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.order_id != ''` reads `params.order_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.address != ''` reads `params.address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_item_count Int) ; int parameter `item_count`
(assert (<= (- 9223372036854775808) param_item_count 9223372036854775807))
; `Request` fires from New
(assert (= pre_status S_New))
; guard: params.order_id != '' && params.address != '' && params.item_count > 0
(assert (and unknown_1 unknown_2 (> param_item_count 0)))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2 param_item_count))

;;; guard/Pack (pass on sat)
; temper verifier L0, Shipment: can the guard of `Pack` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.packer != ''` reads `params.packer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_packed_count Int) ; int parameter `packed_count`
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= (- 9223372036854775808) param_packed_count 9223372036854775807))
; `Pack` fires from Requested
(assert (= pre_status S_Requested))
; guard: params.packer != '' && params.packed_count == item_count
(assert (and unknown_1 (= param_packed_count pre_item_count)))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_status unknown_1 param_packed_count))

;;; guard/Dispatch (pass on sat)
; temper verifier L0, Shipment: can the guard of `Dispatch` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.carrier in ['ups', 'fedex', 'usps', 'dhl']` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Dispatch` fires from Packed
(assert (= pre_status S_Packed))
; guard: params.carrier in ['ups', 'fedex', 'usps', 'dhl'] && params.tracking_number != ''
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/FailDeliveryAttempt (pass on sat)
; temper verifier L0, Shipment: can the guard of `FailDeliveryAttempt` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `FailDeliveryAttempt` fires from InTransit
(assert (= pre_status S_InTransit))
; guard: delivery_attempts < 3
(assert (< pre_delivery_attempts 3))
(check-sat)
;;; on sat: (get-value (pre_delivery_attempts pre_status))

;;; initial/RequestedForAnOrder (pass on unsat)
; temper verifier L0, Shipment: does `RequestedForAnOrder` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
; `RequestedForAnOrder` fails in the initial state: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (not (=> (not (= S_New S_New)) (and unknown_1 unknown_2 (> 0 0)))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/RequestedForAnOrder/Request (pass on unsat)
; temper verifier L0, Shipment: can `Request` break `RequestedForAnOrder`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.order_id != ''` reads `params.order_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.address != ''` reads `params.address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_item_count Int) ; int parameter `item_count`
(declare-const unknown_3 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_item_count Int) ; `item_count` after `item_count = params.item_count`
(declare-const unknown_8 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_item_count 9223372036854775807))
; `Request` fires from New
(assert (= pre_status S_New))
; guard: params.order_id != '' && params.address != '' && params.item_count > 0
(assert (and unknown_1 unknown_2 (> param_item_count 0)))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_3 unknown_4 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_5))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_6 unknown_7)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; effect: item_count = params.item_count
; the runtime rejects a negative value for a counter
(assert (>= param_item_count 0))
(assert (= mid1_item_count param_item_count))
; `RequestedForAnOrder` fails after `Request`
(assert (not (=> (not (= S_Requested S_New)) (and unknown_8 unknown_9 (> mid1_item_count 0)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 param_item_count unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_item_count unknown_8 unknown_9))

;;; inductive/RequestedForAnOrder/Pack (pass on unsat)
; temper verifier L0, Shipment: can `Pack` break `RequestedForAnOrder`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.packer != ''` reads `params.packer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_packed_count Int) ; int parameter `packed_count`
(declare-const unknown_2 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_packed_count 9223372036854775807))
; `Pack` fires from Requested
(assert (= pre_status S_Requested))
; guard: params.packer != '' && params.packed_count == item_count
(assert (and unknown_1 (= param_packed_count pre_item_count)))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_2 unknown_3 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_4))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_5 unknown_6)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `RequestedForAnOrder` fails after `Pack`
(assert (not (=> (not (= S_Packed S_New)) (and unknown_7 unknown_8 (> pre_item_count 0)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 param_packed_count unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/RequestedForAnOrder/Dispatch (pass on unsat)
; temper verifier L0, Shipment: can `Dispatch` break `RequestedForAnOrder`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.carrier in ['ups', 'fedex', 'usps', 'dhl']` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `Dispatch` fires from Packed
(assert (= pre_status S_Packed))
; guard: params.carrier in ['ups', 'fedex', 'usps', 'dhl'] && params.tracking_number != ''
(assert (and unknown_1 unknown_2))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_3 unknown_4 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_5))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_6 unknown_7)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `RequestedForAnOrder` fails after `Dispatch`
(assert (not (=> (not (= S_InTransit S_New)) (and unknown_8 unknown_9 (> pre_item_count 0)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9))

;;; inductive/RequestedForAnOrder/Deliver (pass on unsat)
; temper verifier L0, Shipment: can `Deliver` break `RequestedForAnOrder`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `Deliver` fires from InTransit
(assert (= pre_status S_InTransit))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `RequestedForAnOrder` fails after `Deliver`
(assert (not (=> (not (= S_Delivered S_New)) (and unknown_6 unknown_7 (> pre_item_count 0)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/RequestedForAnOrder/ReportLost (pass on unsat)
; temper verifier L0, Shipment: can `ReportLost` break `RequestedForAnOrder`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `ReportLost` fires from InTransit
(assert (= pre_status S_InTransit))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `RequestedForAnOrder` fails after `ReportLost`
(assert (not (=> (not (= S_Lost S_New)) (and unknown_6 unknown_7 (> pre_item_count 0)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; initial/PackedBySomeone (pass on unsat)
; temper verifier L0, Shipment: does `PackedBySomeone` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const unknown_1 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
; `PackedBySomeone` fails in the initial state: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (not (=> (or (= S_New S_Packed) (= S_New S_InTransit) (= S_New S_Delivered) (= S_New S_Lost)) unknown_1)))
(check-sat)
;;; on sat: (get-value (unknown_1))

;;; inductive/PackedBySomeone/Request (pass on unsat)
; temper verifier L0, Shipment: can `Request` break `PackedBySomeone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.order_id != ''` reads `params.order_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.address != ''` reads `params.address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_item_count Int) ; int parameter `item_count`
(declare-const unknown_3 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_item_count Int) ; `item_count` after `item_count = params.item_count`
(declare-const unknown_8 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_item_count 9223372036854775807))
; `Request` fires from New
(assert (= pre_status S_New))
; guard: params.order_id != '' && params.address != '' && params.item_count > 0
(assert (and unknown_1 unknown_2 (> param_item_count 0)))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_3 unknown_4 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_5))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_6 unknown_7)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; effect: item_count = params.item_count
; the runtime rejects a negative value for a counter
(assert (>= param_item_count 0))
(assert (= mid1_item_count param_item_count))
; `PackedBySomeone` fails after `Request`
(assert (not (=> (or (= S_Requested S_Packed) (= S_Requested S_InTransit) (= S_Requested S_Delivered) (= S_Requested S_Lost)) unknown_8)))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 param_item_count unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_item_count unknown_8))

;;; inductive/PackedBySomeone/Pack (pass on unsat)
; temper verifier L0, Shipment: can `Pack` break `PackedBySomeone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.packer != ''` reads `params.packer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_packed_count Int) ; int parameter `packed_count`
(declare-const unknown_2 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_packed_count 9223372036854775807))
; `Pack` fires from Requested
(assert (= pre_status S_Requested))
; guard: params.packer != '' && params.packed_count == item_count
(assert (and unknown_1 (= param_packed_count pre_item_count)))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_2 unknown_3 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_4))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_5 unknown_6)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `PackedBySomeone` fails after `Pack`
(assert (not (=> (or (= S_Packed S_Packed) (= S_Packed S_InTransit) (= S_Packed S_Delivered) (= S_Packed S_Lost)) unknown_7)))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 param_packed_count unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/PackedBySomeone/Dispatch (pass on unsat)
; temper verifier L0, Shipment: can `Dispatch` break `PackedBySomeone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.carrier in ['ups', 'fedex', 'usps', 'dhl']` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `Dispatch` fires from Packed
(assert (= pre_status S_Packed))
; guard: params.carrier in ['ups', 'fedex', 'usps', 'dhl'] && params.tracking_number != ''
(assert (and unknown_1 unknown_2))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_3 unknown_4 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_5))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_6 unknown_7)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `PackedBySomeone` fails after `Dispatch`
(assert (not (=> (or (= S_InTransit S_Packed) (= S_InTransit S_InTransit) (= S_InTransit S_Delivered) (= S_InTransit S_Lost)) unknown_8)))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/PackedBySomeone/Deliver (pass on unsat)
; temper verifier L0, Shipment: can `Deliver` break `PackedBySomeone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `Deliver` fires from InTransit
(assert (= pre_status S_InTransit))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `PackedBySomeone` fails after `Deliver`
(assert (not (=> (or (= S_Delivered S_Packed) (= S_Delivered S_InTransit) (= S_Delivered S_Delivered) (= S_Delivered S_Lost)) unknown_6)))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/PackedBySomeone/ReportLost (pass on unsat)
; temper verifier L0, Shipment: can `ReportLost` break `PackedBySomeone`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `ReportLost` fires from InTransit
(assert (= pre_status S_InTransit))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `PackedBySomeone` fails after `ReportLost`
(assert (not (=> (or (= S_Lost S_Packed) (= S_Lost S_InTransit) (= S_Lost S_Delivered) (= S_Lost S_Lost)) unknown_6)))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; initial/DispatchedParcelsAreTracked (pass on unsat)
; temper verifier L0, Shipment: does `DispatchedParcelsAreTracked` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const unknown_1 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
; `DispatchedParcelsAreTracked` fails in the initial state: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (not (=> (or (= S_New S_InTransit) (= S_New S_Delivered) (= S_New S_Lost)) (and unknown_1 unknown_2))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/DispatchedParcelsAreTracked/Request (pass on unsat)
; temper verifier L0, Shipment: can `Request` break `DispatchedParcelsAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.order_id != ''` reads `params.order_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.address != ''` reads `params.address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_item_count Int) ; int parameter `item_count`
(declare-const unknown_3 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_item_count Int) ; `item_count` after `item_count = params.item_count`
(declare-const unknown_8 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_item_count 9223372036854775807))
; `Request` fires from New
(assert (= pre_status S_New))
; guard: params.order_id != '' && params.address != '' && params.item_count > 0
(assert (and unknown_1 unknown_2 (> param_item_count 0)))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_3 unknown_4 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_5))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_6 unknown_7)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; effect: item_count = params.item_count
; the runtime rejects a negative value for a counter
(assert (>= param_item_count 0))
(assert (= mid1_item_count param_item_count))
; `DispatchedParcelsAreTracked` fails after `Request`
(assert (not (=> (or (= S_Requested S_InTransit) (= S_Requested S_Delivered) (= S_Requested S_Lost)) (and unknown_8 unknown_9))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 param_item_count unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_item_count unknown_8 unknown_9))

;;; inductive/DispatchedParcelsAreTracked/Pack (pass on unsat)
; temper verifier L0, Shipment: can `Pack` break `DispatchedParcelsAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.packer != ''` reads `params.packer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_packed_count Int) ; int parameter `packed_count`
(declare-const unknown_2 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_packed_count 9223372036854775807))
; `Pack` fires from Requested
(assert (= pre_status S_Requested))
; guard: params.packer != '' && params.packed_count == item_count
(assert (and unknown_1 (= param_packed_count pre_item_count)))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_2 unknown_3 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_4))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_5 unknown_6)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `DispatchedParcelsAreTracked` fails after `Pack`
(assert (not (=> (or (= S_Packed S_InTransit) (= S_Packed S_Delivered) (= S_Packed S_Lost)) (and unknown_7 unknown_8))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 param_packed_count unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8))

;;; inductive/DispatchedParcelsAreTracked/Dispatch (pass on unsat)
; temper verifier L0, Shipment: can `Dispatch` break `DispatchedParcelsAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.carrier in ['ups', 'fedex', 'usps', 'dhl']` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_8 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_9 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `Dispatch` fires from Packed
(assert (= pre_status S_Packed))
; guard: params.carrier in ['ups', 'fedex', 'usps', 'dhl'] && params.tracking_number != ''
(assert (and unknown_1 unknown_2))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_3 unknown_4 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_5))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_6 unknown_7)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `DispatchedParcelsAreTracked` fails after `Dispatch`
(assert (not (=> (or (= S_InTransit S_InTransit) (= S_InTransit S_Delivered) (= S_InTransit S_Lost)) (and unknown_8 unknown_9))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 unknown_8 unknown_9))

;;; inductive/DispatchedParcelsAreTracked/Deliver (pass on unsat)
; temper verifier L0, Shipment: can `Deliver` break `DispatchedParcelsAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `Deliver` fires from InTransit
(assert (= pre_status S_InTransit))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `DispatchedParcelsAreTracked` fails after `Deliver`
(assert (not (=> (or (= S_Delivered S_InTransit) (= S_Delivered S_Delivered) (= S_Delivered S_Lost)) (and unknown_6 unknown_7))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/DispatchedParcelsAreTracked/ReportLost (pass on unsat)
; temper verifier L0, Shipment: can `ReportLost` break `DispatchedParcelsAreTracked`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `ReportLost` fires from InTransit
(assert (= pre_status S_InTransit))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `DispatchedParcelsAreTracked` fails after `ReportLost`
(assert (not (=> (or (= S_Lost S_InTransit) (= S_Lost S_Delivered) (= S_Lost S_Lost)) (and unknown_6 unknown_7))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; initial/DeliveryAttemptsBounded (pass on unsat)
; temper verifier L0, Shipment: does `DeliveryAttemptsBounded` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
; `DeliveryAttemptsBounded` fails in the initial state: delivery_attempts <= 3
(assert (not (<= 0 3)))
(check-sat)

;;; inductive/DeliveryAttemptsBounded/FailDeliveryAttempt (pass on unsat)
; temper verifier L0, Shipment: can `FailDeliveryAttempt` break `DeliveryAttemptsBounded`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_delivery_attempts Int) ; `delivery_attempts` after `delivery_attempts += 1`
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `FailDeliveryAttempt` fires from InTransit
(assert (= pre_status S_InTransit))
; guard: delivery_attempts < 3
(assert (< pre_delivery_attempts 3))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; effect: delivery_attempts += 1
(assert (= mid1_delivery_attempts (ite (< (+ pre_delivery_attempts 1) 0) 0 (ite (> (+ pre_delivery_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_delivery_attempts 1)))))
; `DeliveryAttemptsBounded` fails after `FailDeliveryAttempt`
(assert (not (<= mid1_delivery_attempts 3)))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 mid1_delivery_attempts))

;;; initial/AttemptsOnlyInTransit (pass on unsat)
; temper verifier L0, Shipment: does `AttemptsOnlyInTransit` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
; `AttemptsOnlyInTransit` fails in the initial state: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (not (=> (> 0 0) (or (= S_New S_InTransit) (= S_New S_Delivered) (= S_New S_Lost)))))
(check-sat)

;;; inductive/AttemptsOnlyInTransit/Request (pass on unsat)
; temper verifier L0, Shipment: can `Request` break `AttemptsOnlyInTransit`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.order_id != ''` reads `params.order_id`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.address != ''` reads `params.address`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_item_count Int) ; int parameter `item_count`
(declare-const unknown_3 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_item_count Int) ; `item_count` after `item_count = params.item_count`
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_item_count 9223372036854775807))
; `Request` fires from New
(assert (= pre_status S_New))
; guard: params.order_id != '' && params.address != '' && params.item_count > 0
(assert (and unknown_1 unknown_2 (> param_item_count 0)))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_3 unknown_4 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_5))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_6 unknown_7)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; effect: item_count = params.item_count
; the runtime rejects a negative value for a counter
(assert (>= param_item_count 0))
(assert (= mid1_item_count param_item_count))
; `AttemptsOnlyInTransit` fails after `Request`
(assert (not (=> (> pre_delivery_attempts 0) (or (= S_Requested S_InTransit) (= S_Requested S_Delivered) (= S_Requested S_Lost)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 param_item_count unknown_3 unknown_4 unknown_5 unknown_6 unknown_7 mid1_item_count))

;;; inductive/AttemptsOnlyInTransit/Pack (pass on unsat)
; temper verifier L0, Shipment: can `Pack` break `AttemptsOnlyInTransit`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.packer != ''` reads `params.packer`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const param_packed_count Int) ; int parameter `packed_count`
(declare-const unknown_2 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
(assert (<= (- 9223372036854775808) param_packed_count 9223372036854775807))
; `Pack` fires from Requested
(assert (= pre_status S_Requested))
; guard: params.packer != '' && params.packed_count == item_count
(assert (and unknown_1 (= param_packed_count pre_item_count)))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_2 unknown_3 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_4))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_5 unknown_6)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `AttemptsOnlyInTransit` fails after `Pack`
(assert (not (=> (> pre_delivery_attempts 0) (or (= S_Packed S_InTransit) (= S_Packed S_Delivered) (= S_Packed S_Lost)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 param_packed_count unknown_2 unknown_3 unknown_4 unknown_5 unknown_6))

;;; inductive/AttemptsOnlyInTransit/Dispatch (pass on unsat)
; temper verifier L0, Shipment: can `Dispatch` break `AttemptsOnlyInTransit`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.carrier in ['ups', 'fedex', 'usps', 'dhl']` reads `params.carrier`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.tracking_number != ''` reads `params.tracking_number`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_7 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `Dispatch` fires from Packed
(assert (= pre_status S_Packed))
; guard: params.carrier in ['ups', 'fedex', 'usps', 'dhl'] && params.tracking_number != ''
(assert (and unknown_1 unknown_2))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_3 unknown_4 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_5))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_6 unknown_7)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `AttemptsOnlyInTransit` fails after `Dispatch`
(assert (not (=> (> pre_delivery_attempts 0) (or (= S_InTransit S_InTransit) (= S_InTransit S_Delivered) (= S_InTransit S_Lost)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 unknown_6 unknown_7))

;;; inductive/AttemptsOnlyInTransit/FailDeliveryAttempt (pass on unsat)
; temper verifier L0, Shipment: can `FailDeliveryAttempt` break `AttemptsOnlyInTransit`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_delivery_attempts Int) ; `delivery_attempts` after `delivery_attempts += 1`
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `FailDeliveryAttempt` fires from InTransit
(assert (= pre_status S_InTransit))
; guard: delivery_attempts < 3
(assert (< pre_delivery_attempts 3))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; effect: delivery_attempts += 1
(assert (= mid1_delivery_attempts (ite (< (+ pre_delivery_attempts 1) 0) 0 (ite (> (+ pre_delivery_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_delivery_attempts 1)))))
; `AttemptsOnlyInTransit` fails after `FailDeliveryAttempt`
(assert (not (=> (> mid1_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5 mid1_delivery_attempts))

;;; inductive/AttemptsOnlyInTransit/Deliver (pass on unsat)
; temper verifier L0, Shipment: can `Deliver` break `AttemptsOnlyInTransit`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `Deliver` fires from InTransit
(assert (= pre_status S_InTransit))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `AttemptsOnlyInTransit` fails after `Deliver`
(assert (not (=> (> pre_delivery_attempts 0) (or (= S_Delivered S_InTransit) (= S_Delivered S_Delivered) (= S_Delivered S_Lost)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

;;; inductive/AttemptsOnlyInTransit/ReportLost (pass on unsat)
; temper verifier L0, Shipment: can `ReportLost` break `AttemptsOnlyInTransit`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_New) (S_Requested) (S_Packed) (S_InTransit) (S_Delivered) (S_Lost))))
(declare-const pre_item_count Int) ; counter `item_count`
(declare-const pre_delivery_attempts Int) ; counter `delivery_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `order_id != ''` reads `order_id`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `address != ''` reads `address`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `packed_by != ''` reads `packed_by`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `carrier != ''` reads `carrier`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `tracking_number != ''` reads `tracking_number`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_item_count 9223372036854775807))
(assert (<= 0 pre_delivery_attempts 9223372036854775807))
; `ReportLost` fires from InTransit
(assert (= pre_status S_InTransit))
; invariant RequestedForAnOrder holds before: status != 'New' => order_id != '' && address != '' && item_count > 0
(assert (=> (not (= pre_status S_New)) (and unknown_1 unknown_2 (> pre_item_count 0))))
; invariant PackedBySomeone holds before: status in ['Packed', 'InTransit', 'Delivered', 'Lost'] => packed_by != ''
(assert (=> (or (= pre_status S_Packed) (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) unknown_3))
; invariant DispatchedParcelsAreTracked holds before: status in ['InTransit', 'Delivered', 'Lost'] => carrier != '' && tracking_number != ''
(assert (=> (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost)) (and unknown_4 unknown_5)))
; invariant DeliveryAttemptsBounded holds before: delivery_attempts <= 3
(assert (<= pre_delivery_attempts 3))
; invariant AttemptsOnlyInTransit holds before: delivery_attempts > 0 => status in ['InTransit', 'Delivered', 'Lost']
(assert (=> (> pre_delivery_attempts 0) (or (= pre_status S_InTransit) (= pre_status S_Delivered) (= pre_status S_Lost))))
; `AttemptsOnlyInTransit` fails after `ReportLost`
(assert (not (=> (> pre_delivery_attempts 0) (or (= S_Lost S_InTransit) (= S_Lost S_Delivered) (= S_Lost S_Lost)))))
(check-sat)
;;; on sat: (get-value (pre_item_count pre_delivery_attempts pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

