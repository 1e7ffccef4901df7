/*
 * safar_funnel_steps: a funnel's counts and times to convert, per step, from its counted attempts.
 *
 *   safar_funnel_steps(times BIGINT[], plan VARCHAR) -> BIGINT[]
 *
 * `times` is one person's counted attempt (safar_funnel's `times`). `plan` is `<steps>[ <bound>]...`,
 * the finite upper bounds of the time-to-convert buckets; one more bucket holds the rest. For each
 * step k the result holds 3 + buckets values: the persons who reached it, the sum of their times
 * from step k - 1 (0 at step 0), the lower middle of those times (NULL at step 0 or with no
 * persons), then the persons per bucket. It does in one pass what a union of the steps, grouped,
 * with quantile_disc, did in SQL (docs/analytics.md, "Funnels on DuckDB").
 */
#define DUCKDB_EXTENSION_NAME safar_funnel
#include "duckdb_extension.h"

#include <stdlib.h>
#include <string.h>

#include "safar_funnel.h"

DUCKDB_EXTENSION_EXTERN

#define MAX_BOUNDS 15

typedef struct {
	int64_t persons;
	int64_t sum;
	int64_t *durations;
	size_t count;
	size_t capacity;
	int64_t histogram[MAX_BOUNDS + 1];
} StepStats;

typedef struct {
	int steps;
	int bound_count;
	int64_t bounds[MAX_BOUNDS];
	StepStats step[];
} Stats;

/* Few states (one per breakdown value), so the step statistics live on the heap, not in DuckDB's rows. */
typedef struct {
	Stats *stats;
} State;

static idx_t state_size(duckdb_function_info info) {
	(void)info;
	return sizeof(State);
}

static void state_init(duckdb_function_info info, duckdb_aggregate_state state) {
	(void)info;
	memset(state, 0, sizeof(State));
}

static Stats *new_stats(const char *text, uint32_t length) {
	char buffer[512];
	if (length >= sizeof buffer) return NULL;
	memcpy(buffer, text, length);
	buffer[length] = '\0';
	char *end;
	long steps = strtol(buffer, &end, 10);
	if (end == buffer || steps < 1 || steps > SAFAR_MAX_STEPS) return NULL;
	int64_t bounds[MAX_BOUNDS];
	int bound_count = 0;
	for (const char *at = end; *at != '\0'; at = end) {
		if (*at != ' ' || bound_count == MAX_BOUNDS) return NULL;
		bounds[bound_count] = strtoll(at, &end, 10);
		if (end == at || (bound_count > 0 && bounds[bound_count] <= bounds[bound_count - 1])) return NULL;
		bound_count += 1;
	}
	Stats *stats = calloc(1, sizeof(Stats) + (size_t)steps * sizeof(StepStats));
	if (!stats) return NULL;
	stats->steps = (int)steps;
	stats->bound_count = bound_count;
	memcpy(stats->bounds, bounds, sizeof bounds);
	return stats;
}

static int push_durations(StepStats *step, const int64_t *durations, size_t count) {
	if (step->count + count > step->capacity) {
		size_t capacity = step->capacity ? step->capacity : 64;
		while (capacity < step->count + count) capacity *= 2;
		int64_t *grown = realloc(step->durations, capacity * sizeof(int64_t));
		if (!grown) return 0;
		step->durations = grown;
		step->capacity = capacity;
	}
	memcpy(step->durations + step->count, durations, count * sizeof(int64_t));
	step->count += count;
	return 1;
}

/* The bucket of a time: the first whose bound exceeds it, else the last; -1 below 0, as in no bucket. */
static int bucket_of(const Stats *stats, int64_t duration) {
	if (duration < 0) return -1;
	for (int bucket = 0; bucket < stats->bound_count; bucket++)
		if (duration < stats->bounds[bucket]) return bucket;
	return stats->bound_count;
}

static void update(duckdb_function_info info, duckdb_data_chunk input, duckdb_aggregate_state *states) {
	idx_t rows = duckdb_data_chunk_get_size(input);
	duckdb_vector times_vector = duckdb_data_chunk_get_vector(input, 0);
	duckdb_vector plan_vector = duckdb_data_chunk_get_vector(input, 1);
	duckdb_list_entry *entries = duckdb_vector_get_data(times_vector);
	uint64_t *times_valid = duckdb_vector_get_validity(times_vector);
	duckdb_vector child = duckdb_list_vector_get_child(times_vector);
	int64_t *times = duckdb_vector_get_data(child);
	uint64_t *child_valid = duckdb_vector_get_validity(child);
	duckdb_string_t *plans = duckdb_vector_get_data(plan_vector);
	uint64_t *plan_valid = duckdb_vector_get_validity(plan_vector);
	for (idx_t row = 0; row < rows; row++) {
		if (times_valid && !duckdb_validity_row_is_valid(times_valid, row)) continue;
		State *state = (State *)states[row];
		if (!state->stats) {
			if (plan_valid && !duckdb_validity_row_is_valid(plan_valid, row)) {
				duckdb_aggregate_function_set_error(info, "safar_funnel_steps: the plan is NULL");
				return;
			}
			duckdb_string_t *plan = &plans[row];
			uint32_t length = plan->value.inlined.length;
			state->stats = new_stats(length <= 12 ? plan->value.inlined.inlined : plan->value.pointer.ptr, length);
			if (!state->stats) {
				duckdb_aggregate_function_set_error(info, "safar_funnel_steps: the plan is not valid");
				return;
			}
		}
		Stats *stats = state->stats;
		duckdb_list_entry entry = entries[row];
		uint64_t reached = entry.length < (uint64_t)stats->steps ? entry.length : (uint64_t)stats->steps;
		for (uint64_t k = 0; k < reached; k++) {
			uint64_t at = entry.offset + k;
			if (child_valid && (!duckdb_validity_row_is_valid(child_valid, at) ||
			                    (k > 0 && !duckdb_validity_row_is_valid(child_valid, at - 1)))) {
				duckdb_aggregate_function_set_error(info, "safar_funnel_steps: a step time is NULL");
				return;
			}
			StepStats *step = &stats->step[k];
			step->persons += 1;
			if (k == 0) continue;
			int64_t duration = times[at] - times[at - 1];
			if (__builtin_add_overflow(step->sum, duration, &step->sum) || !push_durations(step, &duration, 1)) {
				duckdb_aggregate_function_set_error(info, "safar_funnel_steps: out of memory or overflow");
				return;
			}
			int bucket = bucket_of(stats, duration);
			if (bucket >= 0) step->histogram[bucket] += 1;
		}
	}
}

static void free_stats(Stats *stats) {
	if (!stats) return;
	for (int k = 0; k < stats->steps; k++) free(stats->step[k].durations);
	free(stats);
}

static void combine(duckdb_function_info info, duckdb_aggregate_state *sources, duckdb_aggregate_state *targets,
                    idx_t count) {
	for (idx_t index = 0; index < count; index++) {
		State *source = (State *)sources[index];
		State *target = (State *)targets[index];
		if (!source->stats) continue;
		if (!target->stats) {
			target->stats = source->stats;
			source->stats = NULL;
			continue;
		}
		Stats *from = source->stats;
		Stats *to = target->stats;
		for (int k = 0; k < to->steps && k < from->steps; k++) {
			StepStats *a = &to->step[k];
			const StepStats *b = &from->step[k];
			a->persons += b->persons;
			if (__builtin_add_overflow(a->sum, b->sum, &a->sum) || !push_durations(a, b->durations, b->count)) {
				duckdb_aggregate_function_set_error(info, "safar_funnel_steps: out of memory or overflow");
				return;
			}
			for (int bucket = 0; bucket <= to->bound_count; bucket++) a->histogram[bucket] += b->histogram[bucket];
		}
	}
}

static void destroy(duckdb_aggregate_state *states, idx_t count) {
	for (idx_t index = 0; index < count; index++) {
		State *state = (State *)states[index];
		free_stats(state->stats);
		state->stats = NULL;
	}
}

/* The value at `nth` in sorted order (Wirth's selection; reorders the values). */
static int64_t select_nth(int64_t *values, size_t count, size_t nth) {
	int64_t low = 0, high = (int64_t)count - 1, k = (int64_t)nth;
	while (low < high) {
		int64_t pivot = values[k];
		int64_t left = low, right = high;
		do {
			while (values[left] < pivot) left++;
			while (pivot < values[right]) right--;
			if (left <= right) {
				int64_t swap = values[left];
				values[left] = values[right];
				values[right] = swap;
				left++;
				right--;
			}
		} while (left <= right);
		if (right < k) low = left;
		if (k < left) high = right;
	}
	return values[k];
}

static void finalize(duckdb_function_info info, duckdb_aggregate_state *states, duckdb_vector result, idx_t count,
                     idx_t offset) {
	duckdb_list_entry *entries = duckdb_vector_get_data(result);
	for (idx_t index = 0; index < count; index++) {
		const State *state = (const State *)states[index];
		Stats *stats = state->stats;
		idx_t row = offset + index;
		idx_t at = duckdb_list_vector_get_size(result);
		entries[row].offset = at;
		entries[row].length = 0;
		if (!stats) {
			/* No attempt in this group (possible only for the empty overall group): a NULL list. */
			duckdb_vector_ensure_validity_writable(result);
			duckdb_validity_set_row_invalid(duckdb_vector_get_validity(result), row);
			continue;
		}
		int per_step = 3 + stats->bound_count + 1;
		idx_t length = (idx_t)stats->steps * (idx_t)per_step;
		if (duckdb_list_vector_reserve(result, at + length) != DuckDBSuccess) {
			duckdb_aggregate_function_set_error(info, "safar_funnel_steps: out of memory");
			return;
		}
		duckdb_list_vector_set_size(result, at + length);
		duckdb_vector child = duckdb_list_vector_get_child(result);
		int64_t *values = duckdb_vector_get_data(child);
		duckdb_vector_ensure_validity_writable(child);
		uint64_t *valid = duckdb_vector_get_validity(child);
		for (int k = 0; k < stats->steps; k++) {
			StepStats *step = &stats->step[k];
			idx_t base = at + (idx_t)k * (idx_t)per_step;
			values[base] = step->persons;
			values[base + 1] = step->sum;
			duckdb_validity_set_row_valid(valid, base + 1);
			duckdb_validity_set_row_valid(valid, base);
			if (k == 0 || step->count == 0) duckdb_validity_set_row_invalid(valid, base + 2);
			else {
				values[base + 2] = select_nth(step->durations, step->count, (step->count - 1) / 2);
				duckdb_validity_set_row_valid(valid, base + 2);
			}
			for (int bucket = 0; bucket <= stats->bound_count; bucket++) {
				values[base + 3 + bucket] = step->histogram[bucket];
				duckdb_validity_set_row_valid(valid, base + 3 + bucket);
			}
		}
		entries[row].length = length;
	}
}

int register_funnel_steps(duckdb_connection connection) {
	duckdb_logical_type bigint = duckdb_create_logical_type(DUCKDB_TYPE_BIGINT);
	duckdb_logical_type varchar = duckdb_create_logical_type(DUCKDB_TYPE_VARCHAR);
	duckdb_logical_type times = duckdb_create_list_type(bigint);
	duckdb_aggregate_function function = duckdb_create_aggregate_function();
	duckdb_aggregate_function_set_name(function, "safar_funnel_steps");
	duckdb_aggregate_function_add_parameter(function, times);
	duckdb_aggregate_function_add_parameter(function, varchar);
	duckdb_aggregate_function_set_return_type(function, times);
	duckdb_aggregate_function_set_functions(function, state_size, state_init, update, combine, finalize);
	duckdb_aggregate_function_set_destructor(function, destroy);
	int registered = duckdb_register_aggregate_function(connection, function) == DuckDBSuccess;
	duckdb_destroy_aggregate_function(&function);
	duckdb_destroy_logical_type(&times);
	duckdb_destroy_logical_type(&varchar);
	duckdb_destroy_logical_type(&bigint);
	return registered;
}
