;;; guard/Edit (pass on sat)
; temper verifier L0, Knowledge: can the guard of `Edit` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.title != ''` reads `params.title`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.content != ''` reads `params.content`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `Edit` fires from Draft
(assert (= pre_status S_Draft))
; guard: params.title != '' && params.content != ''
(assert (and unknown_1 unknown_2))
(check-sat)
;;; on sat: (get-value (pre_status unknown_1 unknown_2))

;;; guard/Index (pass on sat)
; temper verifier L0, Knowledge: can the guard of `Index` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
; `Index` fires from Draft
(assert (= pre_status S_Draft))
; guard: title != '' && content != '' && index_attempts < 5
(assert (and unknown_1 unknown_2 (< pre_index_attempts 5)))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_status unknown_1 unknown_2))

;;; guard/IndexSucceeded (pass on sat)
; temper verifier L0, Knowledge: can the guard of `IndexSucceeded` hold?
; pass: sat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_status Status) ; the status before
(declare-const param_word_count Int) ; int parameter `word_count`
(assert (<= (- 9223372036854775808) param_word_count 9223372036854775807))
; `IndexSucceeded` fires from Indexing
(assert (= pre_status S_Indexing))
; guard: params.word_count > 0
(assert (> param_word_count 0))
(check-sat)
;;; on sat: (get-value (pre_status param_word_count))

;;; guard/IndexFailed (pass on sat)
; temper verifier L0, Knowledge: can the guard of `IndexFailed` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.error != ''` reads `params.error`, a string parameter (L1–L3 try its domain; L0 does not see it)
; `IndexFailed` fires from Indexing
(assert (= pre_status S_Indexing))
; guard: params.error != ''
(assert unknown_1)
(check-sat)
;;; on sat: (get-value (pre_status unknown_1))

;;; guard/Link (pass on sat)
; temper verifier L0, Knowledge: can the guard of `Link` hold?
; pass: sat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.target != ''` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.target not in related` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(assert (<= 0 pre_len_related))
; `Link` fires from Indexed, Linked
(assert (or (= pre_status S_Indexed) (= pre_status S_Linked)))
; guard: params.target != '' && params.target not in related && len(related) < 20
(assert (and unknown_1 unknown_2 (< pre_len_related 20)))
(check-sat)
;;; on sat: (get-value (pre_len_related pre_status unknown_1 unknown_2))

;;; initial/IndexRequiresContent (pass on unsat)
; temper verifier L0, Knowledge: does `IndexRequiresContent` hold initially?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
; `IndexRequiresContent` fails in the initial state: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (not (=> (or (= S_Draft S_Indexing) (= S_Draft S_Indexed) (= S_Draft S_Linked)) (and unknown_1 unknown_2 (>= 0 1)))))
(check-sat)
;;; on sat: (get-value (unknown_1 unknown_2))

;;; inductive/IndexRequiresContent/Revise (pass on unsat)
; temper verifier L0, Knowledge: can `Revise` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Revise` fires from Indexed, Linked
(assert (or (= pre_status S_Indexed) (= pre_status S_Linked)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_1 unknown_2 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `IndexRequiresContent` fails after `Revise`
(assert (not (=> (or (= S_Draft S_Indexing) (= S_Draft S_Indexed) (= S_Draft S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/IndexRequiresContent/Index (pass on unsat)
; temper verifier L0, Knowledge: can `Index` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_index_attempts Int) ; `index_attempts` after `index_attempts += 1`
(declare-const unknown_5 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Index` fires from Draft
(assert (= pre_status S_Draft))
; guard: title != '' && content != '' && index_attempts < 5
(assert (and unknown_1 unknown_2 (< pre_index_attempts 5)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; effect: index_attempts += 1
(assert (= mid1_index_attempts (ite (< (+ pre_index_attempts 1) 0) 0 (ite (> (+ pre_index_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_index_attempts 1)))))
; `IndexRequiresContent` fails after `Index`
(assert (not (=> (or (= S_Indexing S_Indexing) (= S_Indexing S_Indexed) (= S_Indexing S_Linked)) (and unknown_5 unknown_6 (>= mid1_index_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 mid1_index_attempts unknown_5 unknown_6))

;;; inductive/IndexRequiresContent/IndexSucceeded (pass on unsat)
; temper verifier L0, Knowledge: can `IndexSucceeded` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const param_word_count Int) ; int parameter `word_count`
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
(assert (<= (- 9223372036854775808) param_word_count 9223372036854775807))
; `IndexSucceeded` fires from Indexing
(assert (= pre_status S_Indexing))
; guard: params.word_count > 0
(assert (> param_word_count 0))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_1 unknown_2 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `IndexRequiresContent` fails after `IndexSucceeded`
(assert (not (=> (or (= S_Indexed S_Indexing) (= S_Indexed S_Indexed) (= S_Indexed S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status param_word_count unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/IndexRequiresContent/IndexFailed (pass on unsat)
; temper verifier L0, Knowledge: can `IndexFailed` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.error != ''` reads `params.error`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_5 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `IndexFailed` fires from Indexing
(assert (= pre_status S_Indexing))
; guard: params.error != ''
(assert unknown_1)
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_2 unknown_3 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `IndexRequiresContent` fails after `IndexFailed`
(assert (not (=> (or (= S_Draft S_Indexing) (= S_Draft S_Indexed) (= S_Draft S_Linked)) (and unknown_4 unknown_5 (>= pre_index_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 unknown_5))

;;; inductive/IndexRequiresContent/IndexTimedOut (pass on unsat)
; temper verifier L0, Knowledge: can `IndexTimedOut` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `IndexTimedOut` fires from Indexing
(assert (= pre_status S_Indexing))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_1 unknown_2 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `IndexRequiresContent` fails after `IndexTimedOut`
(assert (not (=> (or (= S_Draft S_Indexing) (= S_Draft S_Indexed) (= S_Draft S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; inductive/IndexRequiresContent/Link (pass on unsat)
; temper verifier L0, Knowledge: can `Link` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.target != ''` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.target not in related` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_related Int) ; len(related) after `append(related, params.target)`
(declare-const mid2_links Int) ; `links` after `links += 1`
(declare-const unknown_5 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_6 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Link` fires from Indexed, Linked
(assert (or (= pre_status S_Indexed) (= pre_status S_Linked)))
; guard: params.target != '' && params.target not in related && len(related) < 20
(assert (and unknown_1 unknown_2 (< pre_len_related 20)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; effect: append(related, params.target)
(assert (= mid1_len_related (+ pre_len_related 1)))
; effect: links += 1
(assert (= mid2_links (ite (< (+ pre_links 1) 0) 0 (ite (> (+ pre_links 1) 9223372036854775807) 9223372036854775807 (+ pre_links 1)))))
; `IndexRequiresContent` fails after `Link`
(assert (not (=> (or (= S_Linked S_Indexing) (= S_Linked S_Indexed) (= S_Linked S_Linked)) (and unknown_5 unknown_6 (>= pre_index_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 mid1_len_related mid2_links unknown_5 unknown_6))

;;; inductive/IndexRequiresContent/Archive (pass on unsat)
; temper verifier L0, Knowledge: can `Archive` break `IndexRequiresContent`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Archive` fires from Draft, Indexed, Linked
(assert (or (= pre_status S_Draft) (= pre_status S_Indexed) (= pre_status S_Linked)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_1 unknown_2 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `IndexRequiresContent` fails after `Archive`
(assert (not (=> (or (= S_Archived S_Indexing) (= S_Archived S_Indexed) (= S_Archived S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4))

;;; initial/IndexAttemptsBounded (pass on unsat)
; temper verifier L0, Knowledge: does `IndexAttemptsBounded` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
; `IndexAttemptsBounded` fails in the initial state: index_attempts <= 5
(assert (not (<= 0 5)))
(check-sat)

;;; inductive/IndexAttemptsBounded/Index (pass on unsat)
; temper verifier L0, Knowledge: can `Index` break `IndexAttemptsBounded`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_index_attempts Int) ; `index_attempts` after `index_attempts += 1`
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Index` fires from Draft
(assert (= pre_status S_Draft))
; guard: title != '' && content != '' && index_attempts < 5
(assert (and unknown_1 unknown_2 (< pre_index_attempts 5)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; effect: index_attempts += 1
(assert (= mid1_index_attempts (ite (< (+ pre_index_attempts 1) 0) 0 (ite (> (+ pre_index_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_index_attempts 1)))))
; `IndexAttemptsBounded` fails after `Index`
(assert (not (<= mid1_index_attempts 5)))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 mid1_index_attempts))

;;; initial/LinkedHasLinks (pass on unsat)
; temper verifier L0, Knowledge: does `LinkedHasLinks` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
; `LinkedHasLinks` fails in the initial state: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (not (=> (= S_Draft S_Linked) (and (>= 0 1) (>= 0 1)))))
(check-sat)

;;; inductive/LinkedHasLinks/Revise (pass on unsat)
; temper verifier L0, Knowledge: can `Revise` break `LinkedHasLinks`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Revise` fires from Indexed, Linked
(assert (or (= pre_status S_Indexed) (= pre_status S_Linked)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_1 unknown_2 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `LinkedHasLinks` fails after `Revise`
(assert (not (=> (= S_Draft S_Linked) (and (>= pre_links 1) (>= pre_len_related 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2))

;;; inductive/LinkedHasLinks/Index (pass on unsat)
; temper verifier L0, Knowledge: can `Index` break `LinkedHasLinks`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_index_attempts Int) ; `index_attempts` after `index_attempts += 1`
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Index` fires from Draft
(assert (= pre_status S_Draft))
; guard: title != '' && content != '' && index_attempts < 5
(assert (and unknown_1 unknown_2 (< pre_index_attempts 5)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; effect: index_attempts += 1
(assert (= mid1_index_attempts (ite (< (+ pre_index_attempts 1) 0) 0 (ite (> (+ pre_index_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_index_attempts 1)))))
; `LinkedHasLinks` fails after `Index`
(assert (not (=> (= S_Indexing S_Linked) (and (>= pre_links 1) (>= pre_len_related 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 mid1_index_attempts))

;;; inductive/LinkedHasLinks/IndexSucceeded (pass on unsat)
; temper verifier L0, Knowledge: can `IndexSucceeded` break `LinkedHasLinks`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const param_word_count Int) ; int parameter `word_count`
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
(assert (<= (- 9223372036854775808) param_word_count 9223372036854775807))
; `IndexSucceeded` fires from Indexing
(assert (= pre_status S_Indexing))
; guard: params.word_count > 0
(assert (> param_word_count 0))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_1 unknown_2 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `LinkedHasLinks` fails after `IndexSucceeded`
(assert (not (=> (= S_Indexed S_Linked) (and (>= pre_links 1) (>= pre_len_related 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status param_word_count unknown_1 unknown_2))

;;; inductive/LinkedHasLinks/IndexFailed (pass on unsat)
; temper verifier L0, Knowledge: can `IndexFailed` break `LinkedHasLinks`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.error != ''` reads `params.error`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `IndexFailed` fires from Indexing
(assert (= pre_status S_Indexing))
; guard: params.error != ''
(assert unknown_1)
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_2 unknown_3 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `LinkedHasLinks` fails after `IndexFailed`
(assert (not (=> (= S_Draft S_Linked) (and (>= pre_links 1) (>= pre_len_related 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3))

;;; inductive/LinkedHasLinks/IndexTimedOut (pass on unsat)
; temper verifier L0, Knowledge: can `IndexTimedOut` break `LinkedHasLinks`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `IndexTimedOut` fires from Indexing
(assert (= pre_status S_Indexing))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_1 unknown_2 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `LinkedHasLinks` fails after `IndexTimedOut`
(assert (not (=> (= S_Draft S_Linked) (and (>= pre_links 1) (>= pre_len_related 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2))

;;; inductive/LinkedHasLinks/Link (pass on unsat)
; temper verifier L0, Knowledge: can `Link` break `LinkedHasLinks`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.target != ''` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.target not in related` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_related Int) ; len(related) after `append(related, params.target)`
(declare-const mid2_links Int) ; `links` after `links += 1`
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Link` fires from Indexed, Linked
(assert (or (= pre_status S_Indexed) (= pre_status S_Linked)))
; guard: params.target != '' && params.target not in related && len(related) < 20
(assert (and unknown_1 unknown_2 (< pre_len_related 20)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; effect: append(related, params.target)
(assert (= mid1_len_related (+ pre_len_related 1)))
; effect: links += 1
(assert (= mid2_links (ite (< (+ pre_links 1) 0) 0 (ite (> (+ pre_links 1) 9223372036854775807) 9223372036854775807 (+ pre_links 1)))))
; `LinkedHasLinks` fails after `Link`
(assert (not (=> (= S_Linked S_Linked) (and (>= mid2_links 1) (>= mid1_len_related 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 mid1_len_related mid2_links))

;;; inductive/LinkedHasLinks/Archive (pass on unsat)
; temper verifier L0, Knowledge: can `Archive` break `LinkedHasLinks`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Archive` fires from Draft, Indexed, Linked
(assert (or (= pre_status S_Draft) (= pre_status S_Indexed) (= pre_status S_Linked)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_1 unknown_2 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; `LinkedHasLinks` fails after `Archive`
(assert (not (=> (= S_Archived S_Linked) (and (>= pre_links 1) (>= pre_len_related 1)))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2))

;;; initial/LinksMatchRelated (pass on unsat)
; temper verifier L0, Knowledge: does `LinksMatchRelated` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
; `LinksMatchRelated` fails in the initial state: links == len(related)
(assert (not (= 0 0)))
(check-sat)

;;; inductive/LinksMatchRelated/Link (pass on unsat)
; temper verifier L0, Knowledge: can `Link` break `LinksMatchRelated`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.target != ''` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.target not in related` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_related Int) ; len(related) after `append(related, params.target)`
(declare-const mid2_links Int) ; `links` after `links += 1`
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Link` fires from Indexed, Linked
(assert (or (= pre_status S_Indexed) (= pre_status S_Linked)))
; guard: params.target != '' && params.target not in related && len(related) < 20
(assert (and unknown_1 unknown_2 (< pre_len_related 20)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; effect: append(related, params.target)
(assert (= mid1_len_related (+ pre_len_related 1)))
; effect: links += 1
(assert (= mid2_links (ite (< (+ pre_links 1) 0) 0 (ite (> (+ pre_links 1) 9223372036854775807) 9223372036854775807 (+ pre_links 1)))))
; `LinksMatchRelated` fails after `Link`
(assert (not (= mid2_links mid1_len_related)))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 mid1_len_related mid2_links))

;;; initial/AtMostTwentyLinks (pass on unsat)
; temper verifier L0, Knowledge: does `AtMostTwentyLinks` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
; `AtMostTwentyLinks` fails in the initial state: len(related) <= 20
(assert (not (<= 0 20)))
(check-sat)

;;; inductive/AtMostTwentyLinks/Link (pass on unsat)
; temper verifier L0, Knowledge: can `Link` break `AtMostTwentyLinks`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.target != ''` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.target not in related` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_related Int) ; len(related) after `append(related, params.target)`
(declare-const mid2_links Int) ; `links` after `links += 1`
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Link` fires from Indexed, Linked
(assert (or (= pre_status S_Indexed) (= pre_status S_Linked)))
; guard: params.target != '' && params.target not in related && len(related) < 20
(assert (and unknown_1 unknown_2 (< pre_len_related 20)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; effect: append(related, params.target)
(assert (= mid1_len_related (+ pre_len_related 1)))
; effect: links += 1
(assert (= mid2_links (ite (< (+ pre_links 1) 0) 0 (ite (> (+ pre_links 1) 9223372036854775807) 9223372036854775807 (+ pre_links 1)))))
; `AtMostTwentyLinks` fails after `Link`
(assert (not (<= mid1_len_related 20)))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 mid1_len_related mid2_links))

;;; initial/LinksOnlyAfterIndexing (pass on unsat)
; temper verifier L0, Knowledge: does `LinksOnlyAfterIndexing` hold initially?
; pass: unsat; exact
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
; `LinksOnlyAfterIndexing` fails in the initial state: links > 0 => index_attempts >= 1
(assert (not (=> (> 0 0) (>= 0 1))))
(check-sat)

;;; inductive/LinksOnlyAfterIndexing/Index (pass on unsat)
; temper verifier L0, Knowledge: can `Index` break `LinksOnlyAfterIndexing`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_index_attempts Int) ; `index_attempts` after `index_attempts += 1`
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Index` fires from Draft
(assert (= pre_status S_Draft))
; guard: title != '' && content != '' && index_attempts < 5
(assert (and unknown_1 unknown_2 (< pre_index_attempts 5)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; effect: index_attempts += 1
(assert (= mid1_index_attempts (ite (< (+ pre_index_attempts 1) 0) 0 (ite (> (+ pre_index_attempts 1) 9223372036854775807) 9223372036854775807 (+ pre_index_attempts 1)))))
; `LinksOnlyAfterIndexing` fails after `Index`
(assert (not (=> (> pre_links 0) (>= mid1_index_attempts 1))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 mid1_index_attempts))

;;; inductive/LinksOnlyAfterIndexing/Link (pass on unsat)
; temper verifier L0, Knowledge: can `Link` break `LinksOnlyAfterIndexing`?
; pass: unsat; inexact (unknowns stand for clauses the model does not hold)
(declare-datatypes ((Status 0)) (((S_Draft) (S_Indexing) (S_Indexed) (S_Linked) (S_Archived))))
(declare-const pre_index_attempts Int) ; counter `index_attempts`
(declare-const pre_len_related Int) ; len(related), the list's length
(declare-const pre_links Int) ; counter `links`
(declare-const pre_status Status) ; the status before
(declare-const unknown_1 Bool) ; unknown: `params.target != ''` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_2 Bool) ; unknown: `params.target not in related` reads `params.target`, a string parameter (L1–L3 try its domain; L0 does not see it)
(declare-const unknown_3 Bool) ; unknown: `content != ''` reads `content`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const unknown_4 Bool) ; unknown: `title != ''` reads `title`, a string (L1–L3 check it over its domain; L0 does not see it)
(declare-const mid1_len_related Int) ; len(related) after `append(related, params.target)`
(declare-const mid2_links Int) ; `links` after `links += 1`
(assert (<= 0 pre_index_attempts 9223372036854775807))
(assert (<= 0 pre_len_related))
(assert (<= 0 pre_links 9223372036854775807))
; `Link` fires from Indexed, Linked
(assert (or (= pre_status S_Indexed) (= pre_status S_Linked)))
; guard: params.target != '' && params.target not in related && len(related) < 20
(assert (and unknown_1 unknown_2 (< pre_len_related 20)))
; invariant IndexRequiresContent holds before: status in ['Indexing', 'Indexed', 'Linked'] => content != '' && title != '' && index_attempts >= 1
(assert (=> (or (= pre_status S_Indexing) (= pre_status S_Indexed) (= pre_status S_Linked)) (and unknown_3 unknown_4 (>= pre_index_attempts 1))))
; invariant IndexAttemptsBounded holds before: index_attempts <= 5
(assert (<= pre_index_attempts 5))
; invariant LinkedHasLinks holds before: status == 'Linked' => links >= 1 && len(related) >= 1
(assert (=> (= pre_status S_Linked) (and (>= pre_links 1) (>= pre_len_related 1))))
; invariant LinksMatchRelated holds before: links == len(related)
(assert (= pre_links pre_len_related))
; invariant AtMostTwentyLinks holds before: len(related) <= 20
(assert (<= pre_len_related 20))
; invariant LinksOnlyAfterIndexing holds before: links > 0 => index_attempts >= 1
(assert (=> (> pre_links 0) (>= pre_index_attempts 1)))
; effect: append(related, params.target)
(assert (= mid1_len_related (+ pre_len_related 1)))
; effect: links += 1
(assert (= mid2_links (ite (< (+ pre_links 1) 0) 0 (ite (> (+ pre_links 1) 9223372036854775807) 9223372036854775807 (+ pre_links 1)))))
; `LinksOnlyAfterIndexing` fails after `Link`
(assert (not (=> (> mid2_links 0) (>= pre_index_attempts 1))))
(check-sat)
;;; on sat: (get-value (pre_index_attempts pre_len_related pre_links pre_status unknown_1 unknown_2 unknown_3 unknown_4 mid1_len_related mid2_links))

