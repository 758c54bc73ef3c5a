// Runtime::terminate and RuntimeOptions::execution_budget_ms: a script stops within 100 ms of the request
// wherever it spins (loops, microtask chains, regular-expression backtracking, yield* recursion), nothing
// catches the termination, and the runtime runs new work normally afterwards.
#include "yieldjs/yieldjs.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;
using yieldjs::ErrorKind;
using yieldjs::Result;
using yieldjs::Runtime;
using yieldjs::RuntimeOptions;
using yieldjs::Value;

constexpr auto kRequestDelay = std::chrono::milliseconds(50);
constexpr auto kMaximumLatency = std::chrono::milliseconds(100);

RuntimeOptions quiet_options() {
    RuntimeOptions options;
    options.write_stdout = [](std::string_view) {};
    options.write_stderr = [](std::string_view) {};
    return options;
}

// Runs `work` while another thread calls runtime.terminate() after kRequestDelay; checks that `work`
// returned a Terminated error within kMaximumLatency of the request, and returns that latency.
std::chrono::microseconds terminate_during(Runtime& runtime, const std::function<Result<void>()>& work) {
    Clock::time_point requested;
    std::thread terminator([&] {
        std::this_thread::sleep_for(kRequestDelay);
        requested = Clock::now();
        runtime.terminate();
    });
    Result<void> result = work();
    Clock::time_point finished = Clock::now();
    terminator.join();
    EXPECT_FALSE(result.ok());
    if (!result.ok()) {
        EXPECT_EQ(result.error().kind, ErrorKind::Terminated) << result.error().report;
        EXPECT_EQ(result.error().report, "Error: Script execution was terminated");
    }
    auto latency = std::chrono::duration_cast<std::chrono::microseconds>(finished - requested);
    EXPECT_LT(latency, kMaximumLatency);
    std::printf("[ latency  ] %.3f ms\n", static_cast<double>(latency.count()) / 1000);
    return latency;
}

Result<void> evaluate(Runtime& runtime, std::string_view source) {
    Result<Value> result = runtime.evaluate_script(source, "test.js");
    if (!result.ok()) return result.error();
    return {};
}

// Evaluates `source`, then runs the event loop.
Result<void> evaluate_and_run(Runtime& runtime, std::string_view source) {
    Result<Value> result = runtime.evaluate_script(source, "test.js");
    if (!result.ok()) return result.error();
    return runtime.run_until_idle();
}

// The completion value of `source` as a string.
std::string run(Runtime& runtime, std::string_view source) {
    Result<Value> result = runtime.evaluate_script(source, "check.js");
    if (!result.ok()) return "error: " + result.error().report;
    Result<std::string> text = result.value().to_string();
    return text.ok() ? text.value() : "error: " + text.error().report;
}

void expect_usable(Runtime& runtime) {
    EXPECT_EQ(run(runtime, "{ let total = 0; for (let i = 0; i < 1000; i++) total += i; total }"), "499500");
    EXPECT_TRUE(runtime.run_until_idle().ok());
    EXPECT_EQ(run(runtime, "var settled = 'no'; Promise.resolve().then(() => settled = 'yes'); 0"), "0");
    EXPECT_TRUE(runtime.run_until_idle().ok());
    EXPECT_EQ(run(runtime, "settled"), "yes");
}

TEST(HostTermination, InfiniteLoop) {
    Runtime runtime(quiet_options());
    terminate_during(runtime, [&] { return evaluate(runtime, "for (;;) {}"); });
    expect_usable(runtime);
}

TEST(HostTermination, InfiniteMicrotaskChain) {
    Runtime runtime(quiet_options());
    terminate_during(
        runtime, [&] { return evaluate_and_run(runtime, "function f() { Promise.resolve().then(f) } f()"); });
    expect_usable(runtime);
}

TEST(HostTermination, CatastrophicRegExp) {
    Runtime runtime(quiet_options());
    terminate_during(runtime, [&] { return evaluate(runtime, "/(a*)*b/.test('a'.repeat(30))"); });
    expect_usable(runtime);
}

TEST(HostTermination, InfiniteYieldStarRecursion) {
    Runtime runtime(quiet_options());
    // Every level swallows the stack overflow of the level below and delegates again, forever.
    terminate_during(runtime, [&] {
        return evaluate(runtime, "function* g() { for (;;) try { yield* g() } catch {} } g().next()");
    });
    expect_usable(runtime);
}

TEST(HostTermination, InfiniteAsyncYieldStarRecursion) {
    Runtime runtime(quiet_options());
    terminate_during(runtime, [&] {
        return evaluate_and_run(runtime, "async function* g() { for (;;) try { yield* g() } catch {} }\n"
                                         "g().next()");
    });
    expect_usable(runtime);
}

TEST(HostTermination, NothingCatchesIt) {
    Runtime runtime(quiet_options());
    ASSERT_EQ(run(runtime, "var ran = []; 0"), "0");
    terminate_during(runtime, [&] {
        return evaluate(runtime, "try { while (true) {} } finally { ran.push('finally') }");
    });
    terminate_during(runtime, [&] {
        return evaluate(runtime,
                        "try { try { for (;;); } catch (e) { ran.push('catch') } } "
                        "catch (e) { ran.push('outer catch') } finally { ran.push('outer finally') }");
    });
    // A catch-all loop that a catchable error could not escape.
    terminate_during(runtime, [&] { return evaluate(runtime, "for (;;) { try { for (;;); } catch {} }"); });
    EXPECT_EQ(run(runtime, "ran.join()"), "");
}

TEST(HostTermination, GeneratorsAndAsyncFunctionsSkipTheirFinallyBlocks) {
    Runtime runtime(quiet_options());
    ASSERT_EQ(run(runtime, "var ran = []; 0"), "0");
    terminate_during(runtime, [&] {
        return evaluate(runtime,
                        "function* inner() { try { yield 1; for (;;); } finally { ran.push('inner') } }\n"
                        "function* outer() { try { yield* inner() } finally { ran.push('outer') } }\n"
                        "const it = outer(); it.next(); it.next()");
    });
    terminate_during(runtime, [&] {
        return evaluate_and_run(
            runtime, "async function f() { try { await null; for (;;); } finally { ran.push('async') } }\n"
                     "f().finally(() => ran.push('promise'))");
    });
    terminate_during(runtime, [&] {
        return evaluate(runtime, "new Promise(() => { for (;;); }); ran.push('after the executor')");
    });
    EXPECT_EQ(run(runtime, "ran.join()"), "");
}

TEST(HostTermination, QueuedJobsAreDropped) {
    Runtime runtime(quiet_options());
    ASSERT_EQ(run(runtime, "var ran = []; 0"), "0");
    terminate_during(runtime, [&] {
        return evaluate(runtime, "Promise.resolve().then(() => ran.push('job'));\n"
                                 "queueMicrotask(() => ran.push('microtask'));\n"
                                 "process.nextTick(() => ran.push('tick'));\n"
                                 "for (;;);");
    });
    EXPECT_TRUE(runtime.run_until_idle().ok());
    EXPECT_EQ(run(runtime, "ran.join()"), "");
}

TEST(HostTermination, WhileTheLoopWaitsForATimer) {
    Runtime runtime(quiet_options());
    terminate_during(runtime, [&] { return evaluate_and_run(runtime, "setTimeout(() => {}, 100000)"); });
}

TEST(HostTermination, FromANativeFunction) {
    Runtime runtime(quiet_options());
    ASSERT_TRUE(runtime
                    .define_function("spin",
                                     [](Runtime& rt, const Value&, std::span<const Value>) -> Result<Value> {
                                         // The nested evaluation is terminated; its error ends the outer one
                                         // too.
                                         Result<Value> inner = rt.evaluate_script("for (;;);", "inner.js");
                                         if (!inner.ok()) return inner.error();
                                         return rt.undefined();
                                     })
                    .ok());
    ASSERT_EQ(run(runtime, "var ran = []; 0"), "0");
    terminate_during(runtime,
                     [&] { return evaluate(runtime, "try { spin() } finally { ran.push('finally') }"); });
    EXPECT_EQ(run(runtime, "ran.join()"), "");
}

TEST(HostTermination, RequestWhileIdleTerminatesTheNextCall) {
    Runtime runtime(quiet_options());
    runtime.terminate();
    Result<Value> result = runtime.evaluate_script("function f() {} f(); 1", "test.js");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Terminated);
    expect_usable(runtime);
}

TEST(HostTermination, ExecutionBudget) {
    RuntimeOptions options = quiet_options();
    options.execution_budget_ms = 50;
    Runtime runtime(options);
    for (const char* source : {"for (;;);", "/(a*)*b/.test('a'.repeat(30))"}) {
        Clock::time_point start = Clock::now();
        Result<Value> result = runtime.evaluate_script(source, "test.js");
        auto elapsed = Clock::now() - start;
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, ErrorKind::Terminated);
        EXPECT_EQ(result.error().report, "Error: Script execution timed out after 50ms");
        EXPECT_GE(elapsed, std::chrono::milliseconds(50));
        EXPECT_LT(elapsed, std::chrono::milliseconds(50) + kMaximumLatency);
    }
    // Each call has a budget of its own: short calls in a row are not terminated.
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(run(runtime, "{ let total = 0; for (let i = 0; i < 1000; i++) total += i; 'ok' }"), "ok");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    expect_usable(runtime);
    // The budget covers the event loop, its waits for timers included.
    ASSERT_EQ(run(runtime, "setTimeout(() => {}, 100000); 0"), "0");
    Clock::time_point start = Clock::now();
    Result<void> idle = runtime.run_until_idle();
    ASSERT_FALSE(idle.ok());
    EXPECT_EQ(idle.error().kind, ErrorKind::Terminated);
    EXPECT_LT(Clock::now() - start, std::chrono::milliseconds(50) + kMaximumLatency);
}

} // namespace
