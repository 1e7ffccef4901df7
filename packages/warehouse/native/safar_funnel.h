/* What the extension's two source files share. */
#ifndef SAFAR_FUNNEL_H
#define SAFAR_FUNNEL_H

#include "duckdb_extension.h"

/* The most steps a funnel may have (the core's funnel spec allows fewer). */
#define SAFAR_MAX_STEPS 20

/* Registers safar_funnel_steps (safar_funnel_steps.c); 1 when it is. */
int register_funnel_steps(duckdb_connection connection);

#endif
