import 'reflect-metadata';

process.env.LOG_LEVEL ??= 'silent';
// Every gateway a test starts serves /metrics on a free port of its own (the default, 9464, would clash).
process.env.METRICS_PORT ??= '0';
