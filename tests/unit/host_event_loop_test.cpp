// The event loop behind the embedding API: timers and turns, posted tasks waking a waiting loop,
// microtask checkpoints, unhandled rejections, process.exitCode, and GC safety of pending work.
#include "yieldjs/yieldjs.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

namespace {

using yieldjs::Result;
using yieldjs::Runtime;
using yieldjs::RuntimeOptions;
using yieldjs::Value;

struct LoopRuntime {
    std::string out;
    Runtime runtime;

    explicit LoopRuntime(RuntimeOptions options = {}) : runtime(capture(std::move(options))) {}

    RuntimeOptions capture(RuntimeOptions options) {
        options.write_stdout = [this](std::string_view text) { out += text; };
        options.write_stderr = [](std::string_view) {};
        return options;
    }

    Value eval(std::string_view source) {
        Result<Value> result = runtime.evaluate_script(source, "loop.js");
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().report);
        return result.ok() ? result.value() : Value();
    }
};

TEST(EventLoop, OneTimerPerTurn) {
    LoopRuntime rt;
    rt.eval("setTimeout(() => console.log('a'), 1); setTimeout(() => console.log('b'), 1);");
    Result<bool> first = rt.runtime.run_one_turn();
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first.value());
    EXPECT_EQ(rt.out, "a\n");
    Result<bool> second = rt.runtime.run_one_turn();
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second.value());
    EXPECT_EQ(rt.out, "a\nb\n");
}

TEST(EventLoop, CheckpointRunsTicksBeforeJobs) {
    LoopRuntime rt;
    rt.eval("Promise.resolve().then(() => console.log('job')); process.nextTick(() => console.log('tick'));");
    ASSERT_TRUE(rt.runtime.run_jobs().ok());
    EXPECT_EQ(rt.out, "tick\njob\n");
}

TEST(EventLoop, PostedTaskWakesALoopWaitingForATimer) {
    LoopRuntime rt;
    rt.eval("var fired = false; var timer = setTimeout(() => { fired = true; }, 5000);");
    std::thread poster([&rt] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        rt.runtime.post_task([](Runtime& runtime) {
            ASSERT_TRUE(runtime.evaluate_script("clearTimeout(timer)", "task.js").ok());
        });
    });
    auto start = std::chrono::steady_clock::now();
    Result<void> idle = rt.runtime.run_until_idle();
    auto elapsed = std::chrono::steady_clock::now() - start;
    poster.join();
    ASSERT_TRUE(idle.ok());
    EXPECT_LT(elapsed, std::chrono::seconds(3));
    EXPECT_FALSE(rt.eval("fired").to_boolean());
}

TEST(EventLoop, UnhandledRejectionIsReported) {
    LoopRuntime rt;
    rt.eval("Promise.reject(new TypeError('lost')); setTimeout(() => console.log('not reached'), 0);");
    Result<void> idle = rt.runtime.run_until_idle();
    ASSERT_FALSE(idle.ok());
    EXPECT_EQ(idle.error().report.rfind("Uncaught (in promise) TypeError: lost", 0), 0u) << idle.error().report;
    EXPECT_EQ(idle.error().name, "TypeError");
    EXPECT_EQ(rt.out, "");
}

TEST(EventLoop, RejectionHandledInTheSameCheckpointIsNotReported) {
    LoopRuntime rt;
    rt.eval("var p = Promise.reject(1); Promise.resolve().then(() => p.catch(() => console.log('handled')));");
    ASSERT_TRUE(rt.runtime.run_until_idle().ok());
    EXPECT_EQ(rt.out, "handled\n");
}

TEST(EventLoop, Test262HostIgnoresUnhandledRejections) {
    RuntimeOptions options;
    options.test262_host = true;
    LoopRuntime rt(std::move(options));
    rt.eval("Promise.reject(1); setTimeout(() => print('still runs'), 0);");
    ASSERT_TRUE(rt.runtime.run_until_idle().ok());
    EXPECT_EQ(rt.out, "still runs\n");
}

TEST(EventLoop, UncaughtExceptionInACallbackStopsTheLoop) {
    LoopRuntime rt;
    rt.eval("setTimeout(() => { throw new Error('in timer'); }, 0); setTimeout(() => console.log('later'), 0);");
    Result<void> idle = rt.runtime.run_until_idle();
    ASSERT_FALSE(idle.ok());
    EXPECT_EQ(idle.error().report.rfind("Uncaught Error: in timer", 0), 0u) << idle.error().report;
    EXPECT_EQ(rt.out, "");
}

TEST(EventLoop, ExitCode) {
    LoopRuntime rt;
    EXPECT_EQ(rt.runtime.exit_code(), 0);
    rt.eval("process.exitCode = 7");
    EXPECT_EQ(rt.runtime.exit_code(), 7);
}

TEST(EventLoop, PendingWorkSurvivesCollections) {
    LoopRuntime rt;
    rt.eval("var done = 0;"
            "for (let i = 0; i < 50; i++) setTimeout((n) => { done += n; }, 1, 1);"
            "for (let i = 0; i < 50; i++) setImmediate(() => { done++; });"
            "async function waits() { await new Promise(r => setTimeout(r, 2)); await null; done++; }"
            "for (let i = 0; i < 50; i++) waits();"
            "process.nextTick(() => { done++; });");
    rt.runtime.collect_garbage();
    while (true) {
        Result<bool> turn = rt.runtime.run_one_turn();
        ASSERT_TRUE(turn.ok());
        rt.runtime.collect_garbage();
        if (!turn.value()) break;
    }
    EXPECT_EQ(rt.eval("done").as_number(), 151);
}

} // namespace
