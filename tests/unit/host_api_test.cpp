// The public embedding API: evaluation results and errors, values, native functions, the task queue.
#include "yieldjs/yieldjs.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

using yieldjs::Error;
using yieldjs::ErrorKind;
using yieldjs::Result;
using yieldjs::Runtime;
using yieldjs::RuntimeOptions;
using yieldjs::Value;

// A runtime whose console output is captured.
struct CapturingRuntime {
    std::string out;
    std::string err;
    Runtime runtime;

    explicit CapturingRuntime(RuntimeOptions options = {}) : runtime(capture(std::move(options))) {}

    RuntimeOptions capture(RuntimeOptions options) {
        options.write_stdout = [this](std::string_view text) { out += text; };
        options.write_stderr = [this](std::string_view text) { err += text; };
        return options;
    }

    Value eval(std::string_view source) {
        Result<Value> result = runtime.evaluate_script(source, "test.js");
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().report);
        return result.ok() ? result.value() : Value();
    }
};

TEST(HostApi, CompletionValue) {
    CapturingRuntime rt;
    Value value = rt.eval("let x = 40; x + 2");
    ASSERT_TRUE(value.is_number());
    EXPECT_EQ(value.as_number(), 42);
    EXPECT_TRUE(rt.eval("'text'").is_string());
    EXPECT_TRUE(rt.eval("undefined").is_undefined());
    EXPECT_TRUE(rt.eval("null").is_null());
    EXPECT_TRUE(rt.eval("({})").is_object());
    EXPECT_TRUE(rt.eval("(function () {})").is_function());
    EXPECT_TRUE(rt.eval("[1, 2]").is_array());
    // Global declarations persist across scripts.
    EXPECT_EQ(rt.eval("x").as_number(), 40);
}

TEST(HostApi, SyntaxError) {
    Runtime runtime;
    Result<Value> result = runtime.evaluate_script("let a = 1;\n\tlet b = (1 +;\n", "file.js");
    ASSERT_FALSE(result.ok());
    const Error& error = result.error();
    EXPECT_EQ(error.kind, ErrorKind::Syntax);
    EXPECT_EQ(error.name, "SyntaxError");
    EXPECT_EQ(error.file, "file.js");
    EXPECT_EQ(error.line, 2u);
    EXPECT_EQ(error.column, 14u);
    EXPECT_EQ(error.source_line, "\tlet b = (1 +;");
    EXPECT_FALSE(error.at_end_of_input);
    EXPECT_EQ(error.report, "file.js:2\n\tlet b = (1 +;\n\t            ^\n\nSyntaxError: " + error.message);
}

TEST(HostApi, IncompleteInput) {
    Runtime runtime;
    for (const char* source : {"function f() {", "let a = [1,\n2,", "`template", "/* comment", "if (x)"}) {
        Result<Value> result = runtime.evaluate_script(source, "repl");
        ASSERT_FALSE(result.ok()) << source;
        EXPECT_TRUE(result.error().at_end_of_input) << source;
    }
    Result<Value> complete = runtime.evaluate_script("let = = 1;", "repl");
    ASSERT_FALSE(complete.ok());
    EXPECT_FALSE(complete.error().at_end_of_input);
}

TEST(HostApi, UncaughtException) {
    Runtime runtime;
    Result<Value> result = runtime.evaluate_script("throw 42", "t.js");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Exception);
    EXPECT_EQ(result.error().report, "Uncaught 42");
    ASSERT_TRUE(result.error().exception.has_value());
    EXPECT_EQ(result.error().exception->as_number(), 42);

    Result<Value> object = runtime.evaluate_script("throw { reason: 'x' }", "t.js");
    ASSERT_FALSE(object.ok());
    EXPECT_EQ(object.error().report.rfind("Uncaught ", 0), 0u);
    EXPECT_NE(object.error().report.find("reason: 'x'"), std::string::npos);
}

TEST(HostApi, UncaughtErrorUsesStack) {
    Runtime runtime;
    ASSERT_TRUE(runtime
                    .define_function("fail",
                                     [](Runtime& rt, const Value&, std::span<const Value>) -> Result<Value> {
                                         return Error::thrown(
                                             rt.new_error(yieldjs::ErrorType::RangeError, "too big"));
                                     })
                    .ok());
    Result<Value> result = runtime.evaluate_script("fail()", "t.js");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "too big");
    EXPECT_EQ(result.error().report.rfind("Uncaught ", 0), 0u);
    EXPECT_NE(result.error().report.find("too big"), std::string::npos);
}

TEST(HostApi, NativeFunctions) {
    CapturingRuntime rt;
    auto defined = rt.runtime.define_function(
        "twice",
        [](Runtime& runtime, const Value&, std::span<const Value> arguments) -> Result<Value> {
            return runtime.number(2 * arguments[0].as_number());
        },
        1);
    ASSERT_TRUE(defined.ok());
    EXPECT_EQ(rt.eval("twice(21)").as_number(), 42);
    EXPECT_EQ(rt.eval("twice.length").as_number(), 1);
    EXPECT_EQ(rt.eval("twice.name").to_string().value(), "twice");

    // Errors from native functions are catchable exceptions.
    ASSERT_TRUE(
        rt.runtime
            .define_function("boom",
                             [](Runtime& runtime, const Value&, std::span<const Value>) -> Result<Value> {
                                 return Error::thrown(runtime.string("thrown string"));
                             })
            .ok());
    EXPECT_EQ(rt.eval("try { boom(); } catch (e) { e }").to_string().value(), "thrown string");

    // `this` and arguments arrive as handles.
    ASSERT_TRUE(rt.runtime
                    .define_function("getThis",
                                     [](Runtime&, const Value& self,
                                        std::span<const Value>) -> Result<Value> { return self; })
                    .ok());
    EXPECT_EQ(rt.eval("var o = { f: getThis, tag: 'me' }; o.f().tag").to_string().value(), "me");
}

TEST(HostApi, ValueOperations) {
    CapturingRuntime rt;
    Value object = rt.eval("({ a: 1, f(x) { return this.a + x; } })");
    EXPECT_EQ(object.get("a").value().as_number(), 1);
    ASSERT_TRUE(object.set("a", rt.runtime.number(10)).ok());
    Value f = object.get("f").value();
    std::vector<Value> arguments{rt.runtime.number(5)};
    EXPECT_EQ(f.call(object, arguments).value().as_number(), 15);

    Value array = rt.runtime.new_array(arguments);
    EXPECT_TRUE(array.is_array());
    EXPECT_EQ(array.get(0).value().as_number(), 5);
    EXPECT_EQ(array.get("length").value().as_number(), 1);

    Value global = rt.runtime.global_object();
    ASSERT_TRUE(global.set("fromHost", rt.runtime.string("h\u00e9")).ok());
    EXPECT_EQ(rt.eval("fromHost.length").as_number(), 2);
    EXPECT_EQ(rt.eval("fromHost").to_string().value(), "h\u00e9");

    // Primitives have properties through their wrappers; setting on a primitive fails.
    EXPECT_EQ(rt.runtime.string("abc").get("length").value().as_number(), 3);
    EXPECT_FALSE(rt.runtime.number(1).set("x", rt.runtime.null()).ok());
    // Calling a non-function is a TypeError exception.
    Result<Value> not_callable = rt.runtime.number(1).call(rt.runtime.undefined());
    ASSERT_FALSE(not_callable.ok());
    EXPECT_EQ(not_callable.error().kind, ErrorKind::Exception);

    EXPECT_TRUE(rt.runtime.number(0).same_value(rt.runtime.number(0)));
    EXPECT_FALSE(rt.runtime.number(0).same_value(rt.runtime.number(-0.0)));
    EXPECT_EQ(rt.runtime.boolean(true).to_boolean(), true);
    EXPECT_EQ(rt.runtime.string("").to_boolean(), false);
    EXPECT_EQ(Value().runtime(), nullptr);
    EXPECT_EQ(object.runtime(), &rt.runtime);
}

TEST(HostApi, HandlesSurviveCollection) {
    CapturingRuntime rt;
    Value kept = rt.eval("({ marker: 'still here' })");
    Value copy = kept;
    rt.eval("var garbage = []; for (var i = 0; i < 1000; i++) garbage.push({ i: i }); garbage = null;");
    rt.runtime.collect_garbage();
    EXPECT_EQ(copy.get("marker").value().to_string().value(), "still here");
    Value moved = std::move(copy);
    rt.runtime.collect_garbage();
    EXPECT_EQ(moved.get("marker").value().to_string().value(), "still here");
}

TEST(HostApi, InspectAndConsoleFormatting) {
    CapturingRuntime rt;
    EXPECT_EQ(rt.runtime.string("text").inspect().value(), "'text'");
    EXPECT_EQ(rt.runtime.format_for_console(rt.runtime.string("text")).value(), "text");
    EXPECT_EQ(rt.runtime.number(-0.0).inspect().value(), "-0");
    rt.eval("console.log('%s=%d', 'x', 42); console.error('to stderr')");
    EXPECT_EQ(rt.out, "x=42\n");
    EXPECT_EQ(rt.err, "to stderr\n");
}

TEST(HostApi, ReportError) {
    CapturingRuntime rt;
    Result<Value> result = rt.runtime.evaluate_script("throw 'oops'", "t.js");
    ASSERT_FALSE(result.ok());
    rt.runtime.report_error(result.error());
    EXPECT_EQ(rt.err, "Uncaught oops\n");
}

TEST(HostApi, MissingFile) {
    Runtime runtime;
    Result<Value> result = runtime.run_file("/nonexistent/file.js");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Io);
    EXPECT_EQ(result.error().file, "/nonexistent/file.js");
    EXPECT_EQ(result.error().report, "cannot open '/nonexistent/file.js': No such file or directory");
}

TEST(HostApi, TasksFromOtherThreads) {
    CapturingRuntime rt;
    std::atomic<int> posted = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&rt, &posted] {
            for (int i = 0; i < 25; ++i) {
                rt.runtime.post_task([](Runtime& runtime) {
                    auto result =
                        runtime.evaluate_script("var counter = (this.counter || 0) + 1;", "task.js");
                    ASSERT_TRUE(result.ok());
                });
                ++posted;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(posted, 100);
    ASSERT_TRUE(rt.runtime.run_until_idle().ok());
    EXPECT_EQ(rt.eval("counter").as_number(), 100);
}

TEST(HostApi, RunOneTurn) {
    CapturingRuntime rt;
    int ran = 0;
    rt.runtime.post_task([&ran](Runtime&) { ++ran; });
    rt.runtime.post_task([&ran](Runtime&) { ++ran; });
    Result<bool> first = rt.runtime.run_one_turn();
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first.value());
    EXPECT_EQ(ran, 1);
    Result<bool> second = rt.runtime.run_one_turn();
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second.value());
    EXPECT_EQ(ran, 2);
}

TEST(HostApi, PromisesSettledFromCpp) {
    CapturingRuntime rt;
    yieldjs::PendingPromise pending = rt.runtime.new_promise();
    ASSERT_TRUE(rt.runtime.global_object().set("pending", pending.promise).ok());
    rt.eval("var seen = []; pending.then((v) => seen.push('fulfilled ' + v));");
    ASSERT_TRUE(pending.resolve(rt.runtime.number(42)).ok());
    // The reaction is a job: nothing ran yet.
    EXPECT_EQ(rt.eval("seen.length").as_number(), 0);
    ASSERT_TRUE(pending.reject(rt.runtime.string("ignored")).ok()); // already resolved
    ASSERT_TRUE(rt.runtime.run_jobs().ok());
    Result<std::string> seen = rt.eval("seen.join()").to_string();
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(seen.value(), "fulfilled 42");

    yieldjs::PendingPromise rejected = rt.runtime.new_promise();
    ASSERT_TRUE(rt.runtime.global_object().set("rejected", rejected.promise).ok());
    rt.eval("(async () => { try { await rejected; } catch (e) { seen.push('caught ' + e.message); } })();");
    ASSERT_TRUE(rejected.reject(rt.runtime.new_error(yieldjs::ErrorType::TypeError, "nope")).ok());
    ASSERT_TRUE(rt.runtime.run_until_idle().ok());
    seen = rt.eval("seen.join()").to_string();
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(seen.value(), "fulfilled 42,caught nope");
}

TEST(HostApi, PromiseSettledByTaskFromAnotherThread) {
    CapturingRuntime rt;
    auto pending = std::make_shared<yieldjs::PendingPromise>(rt.runtime.new_promise());
    ASSERT_TRUE(rt.runtime.global_object().set("pending", pending->promise).ok());
    // A referenced timer keeps the loop waiting until the other thread's task has settled the promise.
    rt.eval("var result; const keepAlive = setTimeout(() => {}, 10000);"
            "pending.then((v) => { result = v; clearTimeout(keepAlive); });");
    std::thread worker([&rt, pending] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        rt.runtime.post_task([pending](Runtime& runtime) {
            EXPECT_TRUE(pending->resolve(runtime.string("from worker")).ok());
        });
    });
    Result<void> idle = rt.runtime.run_until_idle();
    worker.join();
    ASSERT_TRUE(idle.ok()) << idle.error().report;
    Result<std::string> result = rt.eval("result").to_string();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value(), "from worker");
    pending.reset();
}

TEST(HostApi, Test262Host) {
    RuntimeOptions options;
    options.test262_host = true;
    CapturingRuntime rt(std::move(options));
    rt.eval("print('printed', 1); print(2)");
    EXPECT_EQ(rt.out, "printed\n2\n");
    EXPECT_EQ(rt.eval("$262.global === this").to_boolean(), true);
    EXPECT_EQ(rt.eval("$262.evalScript('var fromEval = 7; fromEval * 2')").as_number(), 14);
    EXPECT_EQ(rt.eval("fromEval").as_number(), 7);
    // Another realm has its own global object and $262.
    EXPECT_EQ(rt.eval("var other = $262.createRealm(); other.evalScript('var x = 1'); typeof x")
                  .to_string()
                  .value(),
              "undefined");
    EXPECT_EQ(rt.eval("other.global.x").as_number(), 1);
    EXPECT_EQ(rt.eval("other.global !== this && other !== $262").to_boolean(), true);
    // Parse errors in evalScript throw a SyntaxError of the target realm.
    EXPECT_EQ(rt.eval("var caught; try { other.evalScript('let let'); } catch (e) { caught = e; } "
                      "Object.getPrototypeOf(caught) === other.global.SyntaxError.prototype")
                  .to_boolean(),
              true);
    // Uncaught exceptions are reported as "Uncaught " + ToString(value).
    Result<Value> thrown =
        rt.runtime.evaluate_script("function E(m) { this.message = m; } E.prototype.toString = function () { "
                                   "return 'E262: ' + this.message; };"
                                   "throw new E('failed')",
                                   "t.js");
    ASSERT_FALSE(thrown.ok());
    EXPECT_EQ(thrown.error().report, "Uncaught E262: failed");
    Result<Value> error = rt.runtime.evaluate_script("throw new RangeError('r')", "t.js");
    ASSERT_FALSE(error.ok());
    EXPECT_EQ(error.error().report, "Uncaught RangeError: r");
    rt.eval("$262.gc()");
}

TEST(HostApi, Disassemble) {
    Runtime runtime;
    Result<std::string> listing = runtime.disassemble("var a = 1 + 2;", "d.js", false);
    ASSERT_TRUE(listing.ok());
    EXPECT_FALSE(listing.value().empty());
    EXPECT_FALSE(runtime.disassemble("var = ;", "d.js", false).ok());
}

} // namespace
