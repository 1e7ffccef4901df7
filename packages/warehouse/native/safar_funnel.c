/*
 * safar_funnel: the DuckDB funnel as one aggregate (docs/analytics.md, "Funnels on DuckDB").
 *
 *   safar_funnel(ts BIGINT, mask INTEGER, bd VARCHAR, plan VARCHAR[, message_id VARCHAR])
 *     -> STRUCT(bd VARCHAR, times BIGINT[], tied BOOLEAN)
 *
 * Grouped by person, it keeps the person's events and, once they are all in, walks them in
 * journey order exactly as funnel-walk.ts does: the furthest attempt, the earliest among equals.
 * It returns the counted attempt's step times and the `bd` of its first event, or NULL when no
 * attempt starts. Without message ids (the first pass) a person whose order at a shared
 * millisecond could change the answer comes back `tied`, unwalked, for a second pass with ids.
 *
 * `plan` is `<order> <steps> <windowMs>[ <from>:<to>]...`, order 0 ordered, 1 strict, 2
 * unordered; mask bit k is step k, bit steps + x exclusion x. The extension also holds
 * safar_funnel_steps (safar_funnel_steps.c), which counts the walked attempts. Written against
 * DuckDB's stable C extension API (include/); built by scripts/build-duckdb-extension.mjs.
 */
#define _GNU_SOURCE /* qsort_r */
#define DUCKDB_EXTENSION_NAME safar_funnel
#include "duckdb_extension.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "safar_funnel.h"

DUCKDB_EXTENSION_EXTERN

enum { ORDERED = 0, STRICT = 1, UNORDERED = 2 };
#define MAX_STEPS SAFAR_MAX_STEPS
#define MAX_EXCLUSIONS 10

typedef struct Plan {
	int order;
	int steps;
	int64_t window_ms;
	int exclusion_count;
	int from[MAX_EXCLUSIONS];
	int to[MAX_EXCLUSIONS];
	char *text;
	struct Plan *next;
} Plan;

/* Plans are interned once and never freed: a few dozen bytes per distinct funnel asked. */
static Plan *plans = NULL;
static pthread_mutex_t plans_lock = PTHREAD_MUTEX_INITIALIZER;

static int parse_plan(const char *text, Plan *plan) {
	char *end;
	const char *at = text;
	plan->order = (int)strtol(at, &end, 10);
	if (end == at || plan->order < ORDERED || plan->order > UNORDERED) return 0;
	at = end;
	plan->steps = (int)strtol(at, &end, 10);
	if (end == at || plan->steps < 1 || plan->steps > MAX_STEPS) return 0;
	at = end;
	plan->window_ms = strtoll(at, &end, 10);
	if (end == at || plan->window_ms < 0) return 0;
	at = end;
	plan->exclusion_count = 0;
	while (*at == ' ') {
		if (plan->exclusion_count == MAX_EXCLUSIONS) return 0;
		int from = (int)strtol(at, &end, 10);
		if (end == at || *end != ':') return 0;
		at = end + 1;
		int to = (int)strtol(at, &end, 10);
		if (end == at || from < 0 || from >= to || to >= plan->steps) return 0;
		at = end;
		plan->from[plan->exclusion_count] = from;
		plan->to[plan->exclusion_count] = to;
		plan->exclusion_count += 1;
	}
	return *at == '\0';
}

static const Plan *intern_plan(const char *text, uint32_t length) {
	const Plan *found = NULL;
	pthread_mutex_lock(&plans_lock);
	for (Plan *plan = plans; plan && !found; plan = plan->next)
		if (strlen(plan->text) == length && memcmp(plan->text, text, length) == 0) found = plan;
	if (!found) {
		Plan *plan = calloc(1, sizeof(Plan));
		char *copy = plan ? malloc(length + 1) : NULL;
		if (copy) {
			memcpy(copy, text, length);
			copy[length] = '\0';
			plan->text = copy;
			if (parse_plan(copy, plan)) {
				plan->next = plans;
				plans = plan;
				found = plan;
			}
		}
		if (!found) {
			free(copy);
			free(plan);
		}
	}
	pthread_mutex_unlock(&plans_lock);
	return found;
}

/*
 * One event. Its breakdown value (when not NULL) and, for the second pass, its message id live
 * in the state's text buffer at `text_at`: a uint32 length (UINT32_MAX for a NULL value), then
 * the bytes, the value first and the id after it.
 */
typedef struct {
	int64_t ts;
	int32_t mask;
	uint32_t text_at;
} Event;

#define NO_TEXT UINT32_MAX
#define INLINE_EVENTS 3

/*
 * DuckDB moves states as bytes when its hash table grows, so a state never points into itself:
 * `events` is NULL while the events fit in `inline_events`.
 */
typedef struct {
	const Plan *plan;
	Event *events;
	uint32_t count;
	uint32_t capacity;
	char *text;
	uint32_t text_length;
	uint32_t text_capacity;
	/* Set by the second pass's overload: events carry their message ids, which settle every tie. */
	uint32_t with_ids;
	Event inline_events[INLINE_EVENTS];
} State;

static Event *events_of(State *state) {
	return state->events ? state->events : state->inline_events;
}

static idx_t state_size(duckdb_function_info info) {
	(void)info;
	return sizeof(State);
}

static void state_init(duckdb_function_info info, duckdb_aggregate_state state) {
	(void)info;
	memset(state, 0, sizeof(State));
}

static int reserve_events(State *state, uint32_t more) {
	uint64_t needed = (uint64_t)state->count + more;
	uint64_t capacity = state->events ? state->capacity : INLINE_EVENTS;
	if (needed <= capacity) return 1;
	while (capacity < needed) capacity *= 2;
	if (capacity > UINT32_MAX) return 0;
	Event *events = realloc(state->events, (size_t)capacity * sizeof(Event));
	if (!events) return 0;
	if (!state->events) memcpy(events, state->inline_events, state->count * sizeof(Event));
	state->events = events;
	state->capacity = (uint32_t)capacity;
	return 1;
}

static int reserve_text(State *state, uint64_t more) {
	if ((uint64_t)state->text_length + more <= state->text_capacity) return 1;
	uint64_t capacity = state->text_capacity ? state->text_capacity : 64;
	while (capacity < (uint64_t)state->text_length + more) capacity *= 2;
	if (capacity > UINT32_MAX - 1) return 0;
	char *text = realloc(state->text, capacity);
	if (!text) return 0;
	state->text = text;
	state->text_capacity = (uint32_t)capacity;
	return 1;
}

static const char *string_data(duckdb_string_t *string) {
	return string->value.inlined.length <= 12 ? string->value.inlined.inlined : string->value.pointer.ptr;
}

/* Appends a length and the bytes (a NULL value: the length UINT32_MAX and no bytes). */
static void append_text(State *state, const char *data, uint32_t length, int valid) {
	uint32_t stored = valid ? length : UINT32_MAX;
	memcpy(state->text + state->text_length, &stored, sizeof stored);
	state->text_length += sizeof stored;
	if (!valid) return;
	memcpy(state->text + state->text_length, data, length);
	state->text_length += length;
}

/* A value in the text buffer: its bytes and length, or NULL for a NULL value. */
static const char *text_at(const State *state, uint32_t at, uint32_t *length) {
	memcpy(length, state->text + at, sizeof *length);
	return *length == UINT32_MAX ? NULL : state->text + at + sizeof *length;
}

/*
 * Where the state's last event keeps its breakdown value, if it is this one, else NO_TEXT: a
 * person's events mostly share one (their channel), so the first pass stores it once per run.
 */
static uint32_t same_value_as_last(State *state, duckdb_string_t *value) {
	if (state->count == 0) return NO_TEXT;
	const Event *last = &events_of(state)[state->count - 1];
	if (last->text_at == NO_TEXT) return NO_TEXT;
	uint32_t length;
	const char *stored = text_at(state, last->text_at, &length);
	if (!stored || length != value->value.inlined.length) return NO_TEXT;
	return memcmp(stored, string_data(value), length) == 0 ? last->text_at : NO_TEXT;
}

static int row_valid(uint64_t *validity, idx_t row) {
	return !validity || duckdb_validity_row_is_valid(validity, row);
}

/*
 * Two overloads: (ts, mask, bd, plan) for the first pass, and (ts, mask, bd, plan, message_id)
 * for the persons whose order at a shared millisecond the first pass could not settle.
 */
static void update(duckdb_function_info info, duckdb_data_chunk input, duckdb_aggregate_state *states) {
	idx_t rows = duckdb_data_chunk_get_size(input);
	int with_ids = duckdb_data_chunk_get_column_count(input) == 5;
	duckdb_vector vectors[5];
	for (idx_t column = 0; column < (idx_t)(with_ids ? 5 : 4); column++)
		vectors[column] = duckdb_data_chunk_get_vector(input, column);
	int64_t *ts = duckdb_vector_get_data(vectors[0]);
	int32_t *masks = duckdb_vector_get_data(vectors[1]);
	duckdb_string_t *bds = duckdb_vector_get_data(vectors[2]);
	duckdb_string_t *plan_texts = duckdb_vector_get_data(vectors[3]);
	duckdb_string_t *ids = with_ids ? duckdb_vector_get_data(vectors[4]) : NULL;
	uint64_t *ts_valid = duckdb_vector_get_validity(vectors[0]);
	uint64_t *mask_valid = duckdb_vector_get_validity(vectors[1]);
	uint64_t *bd_valid = duckdb_vector_get_validity(vectors[2]);
	uint64_t *plan_valid = duckdb_vector_get_validity(vectors[3]);
	uint64_t *id_valid = with_ids ? duckdb_vector_get_validity(vectors[4]) : NULL;

	/* The plan is one bound parameter: the same text on every row. */
	const Plan *plan = NULL;
	for (idx_t row = 0; row < rows; row++) {
		if (!row_valid(ts_valid, row) || !row_valid(mask_valid, row)) continue;
		if (with_ids && !row_valid(id_valid, row)) continue;
		State *state = (State *)states[row];
		if (!plan) {
			if (!row_valid(plan_valid, row)) {
				duckdb_aggregate_function_set_error(info, "safar_funnel: the plan is NULL");
				return;
			}
			plan = intern_plan(string_data(&plan_texts[row]), plan_texts[row].value.inlined.length);
			if (!plan) {
				duckdb_aggregate_function_set_error(info, "safar_funnel: the plan is not valid");
				return;
			}
		}
		state->plan = plan;
		state->with_ids = (uint32_t)with_ids;
		/* Only strict funnels look at events that match nothing (nothing may come between steps). */
		if (masks[row] == 0 && plan->order != STRICT) continue;
		int has_bd = row_valid(bd_valid, row);
		uint32_t shared = with_ids || !has_bd ? NO_TEXT : same_value_as_last(state, &bds[row]);
		if (shared != NO_TEXT) {
			if (!reserve_events(state, 1)) {
				duckdb_aggregate_function_set_error(info, "safar_funnel: out of memory");
				return;
			}
			Event *event = &events_of(state)[state->count++];
			event->ts = ts[row];
			event->mask = masks[row];
			event->text_at = shared;
			continue;
		}
		uint64_t text = 0;
		if (has_bd || with_ids) text += sizeof(uint32_t) + (has_bd ? bds[row].value.inlined.length : 0);
		if (with_ids) text += sizeof(uint32_t) + ids[row].value.inlined.length;
		if (!reserve_events(state, 1) || (text > 0 && !reserve_text(state, text))) {
			duckdb_aggregate_function_set_error(info, "safar_funnel: out of memory");
			return;
		}
		Event *event = &events_of(state)[state->count++];
		event->ts = ts[row];
		event->mask = masks[row];
		event->text_at = text > 0 ? state->text_length : NO_TEXT;
		if (text == 0) continue;
		append_text(state, has_bd ? string_data(&bds[row]) : NULL, has_bd ? bds[row].value.inlined.length : 0, has_bd);
		if (with_ids) append_text(state, string_data(&ids[row]), ids[row].value.inlined.length, 1);
	}
}

static void combine(duckdb_function_info info, duckdb_aggregate_state *sources, duckdb_aggregate_state *targets,
                    idx_t count) {
	for (idx_t index = 0; index < count; index++) {
		State *source = (State *)sources[index];
		State *target = (State *)targets[index];
		if (source->count == 0) continue;
		if (!target->plan) target->plan = source->plan;
		target->with_ids |= source->with_ids;
		if (target->count == 0 && target->text_length == 0) {
			/* Take the source whole: its destructor then has nothing to free. */
			free(target->events);
			free(target->text);
			*target = *source;
			memset(source, 0, sizeof(State));
			continue;
		}
		if (!reserve_events(target, source->count) || !reserve_text(target, source->text_length)) {
			duckdb_aggregate_function_set_error(info, "safar_funnel: out of memory");
			return;
		}
		uint32_t shift = target->text_length;
		if (source->text_length > 0) {
			memcpy(target->text + target->text_length, source->text, source->text_length);
			target->text_length += source->text_length;
		}
		Event *from = events_of(source);
		Event *to = events_of(target);
		for (uint32_t event = 0; event < source->count; event++) {
			Event moved = from[event];
			if (moved.text_at != NO_TEXT) moved.text_at += shift;
			to[target->count++] = moved;
		}
	}
}

static void destroy(duckdb_aggregate_state *states, idx_t count) {
	for (idx_t index = 0; index < count; index++) {
		State *state = (State *)states[index];
		free(state->events);
		free(state->text);
		memset(state, 0, sizeof(State));
	}
}

/*
 * Text in UTF-16 code-unit order, as the reference engine compares JavaScript strings, from its
 * UTF-8 bytes: byte order is code-point order, which differs only where one character is
 * U+E000..U+FFFF (lead byte EE or EF) and the other is above U+FFFF (F0..F4, a surrogate pair in
 * UTF-16, so it sorts first there). NULL sorts first.
 */
static int compare_text(const char *left, uint32_t left_length, const char *right, uint32_t right_length) {
	if (!left || !right) return left == right ? 0 : left ? 1 : -1;
	uint32_t shorter = left_length < right_length ? left_length : right_length;
	for (uint32_t at = 0; at < shorter; at++) {
		unsigned char a = (unsigned char)left[at];
		unsigned char b = (unsigned char)right[at];
		if (a == b) continue;
		if (a >= 0xEE && b >= 0xEE && (a >= 0xF0) != (b >= 0xF0)) return a >= 0xF0 ? -1 : 1;
		return a < b ? -1 : 1;
	}
	return left_length < right_length ? -1 : left_length > right_length ? 1 : 0;
}

typedef struct {
	const State *state;
	int by_id;
} Order;

/* The breakdown value, or with `id` the message id after it. */
static const char *event_text(const State *state, const Event *event, int id, uint32_t *length) {
	if (event->text_at == NO_TEXT) {
		*length = 0;
		return NULL;
	}
	const char *value = text_at(state, event->text_at, length);
	if (!id) return value;
	uint32_t skip = sizeof(uint32_t) + (value ? *length : 0);
	return text_at(state, event->text_at + skip, length);
}

/*
 * Journey order is (time, message id). The first pass has no ids: it orders by (time, mask,
 * breakdown value), which puts events that could trade places side by side.
 */
static int compare_events(const void *left, const void *right, void *context) {
	const Order *order = context;
	const Event *a = left;
	const Event *b = right;
	if (a->ts != b->ts) return a->ts < b->ts ? -1 : 1;
	if (!order->by_id && a->mask != b->mask) return a->mask < b->mask ? -1 : 1;
	uint32_t left_length, right_length;
	const char *left_text = event_text(order->state, a, order->by_id, &left_length);
	const char *right_text = event_text(order->state, b, order->by_id, &right_length);
	return compare_text(left_text, left_length, right_text, right_length);
}

/* Scratch of the thread's walks: next-match tables for ordered funnels. */
static __thread int32_t *scratch = NULL;
static __thread size_t scratch_capacity = 0;

static int32_t *scratch_for(size_t entries) {
	if (entries > scratch_capacity) {
		int32_t *grown = realloc(scratch, entries * 2 * sizeof(int32_t));
		if (!grown) return NULL;
		scratch = grown;
		scratch_capacity = entries * 2;
	}
	return scratch;
}

typedef struct {
	int level;
	uint32_t start;
	int64_t times[MAX_STEPS];
} Attempt;

static int excluded(const Plan *plan, const Event *events, uint32_t length, const uint32_t *positions, int reached) {
	int64_t origin = events[positions[0]].ts;
	for (int x = 0; x < plan->exclusion_count; x++) {
		int from = plan->from[x];
		int to = plan->to[x];
		if (from >= reached) continue;
		int32_t bit = (int32_t)(1u << (plan->steps + x));
		uint32_t end = to < reached ? positions[to] : length;
		for (uint32_t index = positions[from] + 1; index < end; index++) {
			if (to >= reached && events[index].ts - origin > plan->window_ms) break;
			if (events[index].mask & bit) return 1;
		}
	}
	return 0;
}

/* Ordered and strict: from every step-1 event, each next step's first match (strict: the very next event). */
static int best_in_order(const Plan *plan, const Event *events, uint32_t length, Attempt *best) {
	int steps = plan->steps;
	int32_t *next = NULL;
	if (plan->order == ORDERED && steps > 1) {
		next = scratch_for((size_t)steps * length);
		if (!next) return 0;
		for (int step = 1; step < steps; step++) {
			int32_t *table = next + (size_t)step * length;
			int32_t bit = 1 << step;
			int32_t following = -1;
			for (int64_t index = (int64_t)length - 1; index >= 0; index--) {
				table[index] = following;
				if (events[index].mask & bit) following = (int32_t)index;
			}
		}
	}
	uint32_t positions[MAX_STEPS];
	for (uint32_t start = 0; start < length && best->level < steps; start++) {
		if ((events[start].mask & 1) == 0) continue;
		int64_t origin = events[start].ts;
		positions[0] = start;
		int reached = 1;
		for (; reached < steps; reached++) {
			uint32_t last = positions[reached - 1];
			int64_t candidate = next ? next[(size_t)reached * length + last] : (int64_t)last + 1;
			if (candidate < 0 || candidate >= length) break;
			if (events[candidate].ts - origin > plan->window_ms) break;
			if ((events[candidate].mask & (1 << reached)) == 0) break;
			positions[reached] = (uint32_t)candidate;
		}
		if (reached <= best->level) continue;
		if (plan->exclusion_count > 0 && excluded(plan, events, length, positions, reached)) continue;
		best->level = reached;
		best->start = start;
		for (int step = 0; step < reached; step++) best->times[step] = events[positions[step]].ts;
	}
	return 1;
}

/* Unordered: from every event matching any step, the first time each step is met within the window. */
static void best_unordered(const Plan *plan, const Event *events, uint32_t length, Attempt *best) {
	int steps = plan->steps;
	int32_t step_bits = (int32_t)((1u << steps) - 1);
	uint32_t met[MAX_STEPS];
	for (uint32_t start = 0; start < length && best->level < steps; start++) {
		if ((events[start].mask & step_bits) == 0) continue;
		int64_t origin = events[start].ts;
		int count = 0;
		int32_t pending = step_bits;
		for (uint32_t index = start; index < length && pending != 0; index++) {
			if (events[index].ts - origin > plan->window_ms) break;
			int32_t matched = events[index].mask & pending;
			pending &= ~matched;
			/* One event may meet several steps at once: one time for each. */
			for (; matched != 0; matched &= matched - 1) met[count++] = index;
		}
		if (count <= best->level) continue;
		best->level = count;
		best->start = start;
		for (int step = 0; step < count; step++) best->times[step] = events[met[step]].ts;
	}
}

/*
 * Puts the state's events in order and reports whether the walk can trust it: without ids, two
 * events at one millisecond that differ in mask or breakdown value could be in either order.
 */
static int order_events(State *state) {
	Order order = {state, (int)state->with_ids};
	Event *events = events_of(state);
	int sorted = 1;
	for (uint32_t event = 1; event < state->count && sorted; event++)
		sorted = compare_events(&events[event - 1], &events[event], &order) <= 0;
	if (!sorted) qsort_r(events, state->count, sizeof(Event), compare_events, &order);
	if (order.by_id) return 1;
	for (uint32_t event = 1; event < state->count; event++)
		if (events[event - 1].ts == events[event].ts && compare_events(&events[event - 1], &events[event], &order) != 0)
			return 0;
	return 1;
}

static void finalize(duckdb_function_info info, duckdb_aggregate_state *states, duckdb_vector result, idx_t count,
                     idx_t offset) {
	duckdb_vector bd_vector = duckdb_struct_vector_get_child(result, 0);
	duckdb_vector times_vector = duckdb_struct_vector_get_child(result, 1);
	duckdb_vector tied_vector = duckdb_struct_vector_get_child(result, 2);
	duckdb_vector_ensure_validity_writable(result);
	duckdb_vector_ensure_validity_writable(bd_vector);
	uint64_t *validity = duckdb_vector_get_validity(result);
	uint64_t *bd_validity = duckdb_vector_get_validity(bd_vector);
	bool *tied = duckdb_vector_get_data(tied_vector);
	duckdb_list_entry *entries = duckdb_vector_get_data(times_vector);
	for (idx_t index = 0; index < count; index++) {
		State *state = (State *)states[index];
		idx_t row = offset + index;
		Attempt best = {0};
		tied[row] = false;
		entries[row].offset = duckdb_list_vector_get_size(times_vector);
		entries[row].length = 0;
		if (state->count > 0 && state->plan) {
			if (!order_events(state)) {
				tied[row] = true;
				duckdb_validity_set_row_invalid(bd_validity, row);
				continue;
			}
			const Event *events = events_of(state);
			if (state->plan->order == UNORDERED) best_unordered(state->plan, events, state->count, &best);
			else if (!best_in_order(state->plan, events, state->count, &best)) {
				duckdb_aggregate_function_set_error(info, "safar_funnel: out of memory");
				return;
			}
		}
		if (best.level == 0) {
			duckdb_validity_set_row_invalid(validity, row);
			duckdb_validity_set_row_invalid(bd_validity, row);
			continue;
		}
		idx_t at = duckdb_list_vector_get_size(times_vector);
		if (duckdb_list_vector_reserve(times_vector, at + best.level) != DuckDBSuccess) {
			duckdb_aggregate_function_set_error(info, "safar_funnel: out of memory");
			return;
		}
		duckdb_list_vector_set_size(times_vector, at + best.level);
		int64_t *times = duckdb_vector_get_data(duckdb_list_vector_get_child(times_vector));
		for (int step = 0; step < best.level; step++) times[at + step] = best.times[step];
		entries[row].length = (uint64_t)best.level;
		uint32_t length;
		const char *bd = event_text(state, &events_of(state)[best.start], 0, &length);
		if (!bd) duckdb_validity_set_row_invalid(bd_validity, row);
		else duckdb_vector_assign_string_element_len(bd_vector, row, bd, length);
	}
}

static void add_parameters(duckdb_aggregate_function function, duckdb_logical_type *types, int count) {
	for (int index = 0; index < count; index++) duckdb_aggregate_function_add_parameter(function, types[index]);
}

DUCKDB_EXTENSION_ENTRYPOINT(duckdb_connection connection, duckdb_extension_info info,
                            struct duckdb_extension_access *access) {
	(void)info;
	(void)access;
	duckdb_logical_type bigint = duckdb_create_logical_type(DUCKDB_TYPE_BIGINT);
	duckdb_logical_type integer = duckdb_create_logical_type(DUCKDB_TYPE_INTEGER);
	duckdb_logical_type varchar = duckdb_create_logical_type(DUCKDB_TYPE_VARCHAR);
	duckdb_logical_type boolean = duckdb_create_logical_type(DUCKDB_TYPE_BOOLEAN);
	duckdb_logical_type times = duckdb_create_list_type(bigint);
	duckdb_logical_type members[3] = {varchar, times, boolean};
	const char *names[3] = {"bd", "times", "tied"};
	duckdb_logical_type result = duckdb_create_struct_type(members, names, 3);
	/* (ts, mask, bd, plan) and (ts, mask, bd, plan, message_id) */
	duckdb_logical_type parameters[5] = {bigint, integer, varchar, varchar, varchar};
	duckdb_aggregate_function_set set = duckdb_create_aggregate_function_set("safar_funnel");
	int added = 1;
	for (int count = 4; count <= 5; count++) {
		duckdb_aggregate_function function = duckdb_create_aggregate_function();
		duckdb_aggregate_function_set_name(function, "safar_funnel");
		add_parameters(function, parameters, count);
		duckdb_aggregate_function_set_return_type(function, result);
		duckdb_aggregate_function_set_functions(function, state_size, state_init, update, combine, finalize);
		duckdb_aggregate_function_set_destructor(function, destroy);
		/* NULL arguments reach update, which skips events without a time or mask and keeps a NULL bd. */
		duckdb_aggregate_function_set_special_handling(function);
		added = added && duckdb_add_aggregate_function_to_set(set, function) == DuckDBSuccess;
		duckdb_destroy_aggregate_function(&function);
	}
	duckdb_state registered = duckdb_register_aggregate_function_set(connection, set);
	duckdb_destroy_aggregate_function_set(&set);
	duckdb_destroy_logical_type(&result);
	duckdb_destroy_logical_type(&times);
	duckdb_destroy_logical_type(&boolean);
	duckdb_destroy_logical_type(&varchar);
	duckdb_destroy_logical_type(&integer);
	duckdb_destroy_logical_type(&bigint);
	return added && registered == DuckDBSuccess && register_funnel_steps(connection);
}
