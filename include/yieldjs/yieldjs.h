#pragma once
// The yieldjs embedding API. Everything an embedder (and the yieldjs CLI) uses lives in namespace
// `yieldjs`; no engine header leaks through it.
//
//     yieldjs::Runtime runtime;
//     runtime.define_function("twice", [](yieldjs::Runtime& rt, const yieldjs::Value&,
//                                         std::span<const yieldjs::Value> args) ->
//                                         yieldjs::Result<yieldjs::Value> {
//         return rt.number(2 * args[0].as_number());
//     }, 1);
//     auto result = runtime.evaluate_script("console.log(twice(21)); 'done'", "example.js");
//     if (!result.ok()) runtime.report_error(result.error());
//     else if (auto drained = runtime.run_until_idle(); !drained.ok()) runtime.report_error(drained.error());
//
// Threading: a Runtime and its Values are used from one thread; Runtime::post_task and
// Runtime::terminate are the entry points other threads may call.
#include "yieldjs/runtime.h"
#include "yieldjs/value.h"

namespace yieldjs {

// The engine's version, "MAJOR.MINOR.PATCH".
const char* version();

} // namespace yieldjs
