// test262's $262.agent on the embedding API: agents are runtimes on threads of their own that share
// SharedArrayBuffer blocks with the main agent, and Atomics.wait / waitAsync / notify work across them.
#include "yieldjs/yieldjs.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using yieldjs::Result;
using yieldjs::Runtime;
using yieldjs::RuntimeOptions;
using yieldjs::Value;

RuntimeOptions test262_options() {
    RuntimeOptions options;
    options.test262_host = true;
    return options;
}

std::string eval_string(Runtime& runtime, std::string_view source) {
    Result<Value> result = runtime.evaluate_script(source, "agents.js");
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().report);
    if (!result.ok() || !result.value().is_string()) return "<not a string>";
    return result.value().to_string().value();
}

// Reads the next report, waiting for it.
constexpr std::string_view kNextReport = R"(
    function nextReport() {
        let report;
        while ((report = $262.agent.getReport()) === null) $262.agent.sleep(1);
        return report;
    }
)";

TEST(HostAgents, WaitAndNotifyAcrossThreads) {
    Runtime runtime(test262_options());
    eval_string(runtime, kNextReport);
    std::string result = eval_string(runtime, R"(
        const i32 = new Int32Array(new SharedArrayBuffer(16));
        $262.agent.start(`
            $262.agent.receiveBroadcast((sab) => {
                const i32 = new Int32Array(sab);
                Atomics.add(i32, 1, 1);
                $262.agent.report(Atomics.wait(i32, 0, 0));
                $262.agent.leaving();
            });
        `);
        $262.agent.broadcast(i32.buffer, 0);
        while (Atomics.load(i32, 1) !== 1) $262.agent.sleep(1);
        while (Atomics.notify(i32, 0) === 0) $262.agent.sleep(1);
        nextReport();
    )");
    EXPECT_EQ(result, "ok");
}

TEST(HostAgents, WaitAsyncInAnAgentIsSettledByTheMainAgent) {
    Runtime runtime(test262_options());
    eval_string(runtime, kNextReport);
    std::string result = eval_string(runtime, R"(
        const i64 = new BigInt64Array(new SharedArrayBuffer(32));
        $262.agent.start(`
            $262.agent.receiveBroadcast(async (sab) => {
                const i64 = new BigInt64Array(sab);
                const { value } = Atomics.waitAsync(i64, 0, 0n, 60000);
                Atomics.add(i64, 1, 1n);
                $262.agent.report(await value);
                $262.agent.report(await Atomics.waitAsync(i64, 2, 0n, 10).value);
                $262.agent.leaving();
            });
        `);
        $262.agent.broadcast(i64.buffer, 0);
        while (Atomics.load(i64, 1) !== 1n) $262.agent.sleep(1);
        [Atomics.notify(i64, 0), nextReport(), nextReport()].join(' ');
    )");
    EXPECT_EQ(result, "1 ok timed-out");
}

TEST(HostAgents, SharedBlockOutlivesTheMainAgentsBuffer) {
    Runtime runtime(test262_options());
    eval_string(runtime, kNextReport);
    // The main agent's buffer object is collected while the agent keeps using the block.
    std::string result = eval_string(runtime, R"(
        (function () {
            const i32 = new Int32Array(new SharedArrayBuffer(8));
            $262.agent.start(`
                $262.agent.receiveBroadcast((sab) => {
                    const i32 = new Int32Array(sab);
                    $262.agent.report('received');
                    while (Atomics.load(i32, 0) === 0) $262.agent.sleep(1);
                    $262.agent.sleep(50);
                    Atomics.store(i32, 1, 41);
                    $262.agent.report(String(Atomics.add(i32, 1, 1) + 1));
                    $262.agent.leaving();
                });
            `);
            $262.agent.broadcast(i32.buffer, 0);
            Atomics.store(i32, 0, 1);
        })();
        const received = nextReport();
        $262.gc();
        received + ' ' + nextReport();
    )");
    EXPECT_EQ(result, "received 42");
}

} // namespace
