// Async functions: the frame/suspension machinery, driven through a stand-in for the promise glue
// (PromiseHooks). The stand-in "promise" is a plain object that records how it was settled; awaits are
// queued and resumed by the test.
#include "runtime/function.h"
#include "vm/generator_object.h"
#include "vm_test_util.h"


namespace yjs::vm_test {
namespace {

// Pending awaits as (suspended object, awaited value) pairs, rooted for the collector.
MarkedValueVector* g_pending = nullptr;

ThrowCompletionOr<Value> settle(VM& vm, const NativeCallInfo& call, const char* state) {
    auto* function = static_cast<NativeFunction*>(call.callee);
    JSObject* promise = function->capture(0).as_object();
    promise->define_direct_property(vm, PropertyKey::from_ascii(vm, "state"), Value(JSString::from_ascii(vm, state)),
                                    kDefaultDataAttributes);
    promise->define_direct_property(vm, PropertyKey::from_ascii(vm, "result"), call.argument(0),
                                    kDefaultDataAttributes);
    return Value::undefined();
}
ThrowCompletionOr<Value> fake_resolve(VM& vm, const NativeCallInfo& call) { return settle(vm, call, "fulfilled"); }
ThrowCompletionOr<Value> fake_reject(VM& vm, const NativeCallInfo& call) { return settle(vm, call, "rejected"); }

ThrowCompletionOr<PromiseCapability> fake_capability(VM& vm) {
    Realm& realm = vm.current_realm();
    JSObject* promise = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    auto* resolve = NativeFunction::create(vm, realm, fake_resolve, 1, vm.names().empty_string);
    auto* reject = NativeFunction::create(vm, realm, fake_reject, 1, vm.names().empty_string);
    resolve->captures().push_back(Value(promise));
    reject->captures().push_back(Value(promise));
    return PromiseCapability{promise, resolve, reject};
}

ThrowCompletionOr<void> fake_await(VM& vm, AsyncFunctionObject* suspended, Value value) {
    if (value.is_string() && value.as_string()->to_utf8() == "throw in await")
        return vm.throw_type_error("await failed");
    g_pending->push_back(Value::internal_cell(suspended));
    g_pending->push_back(value);
    return {};
}

class AsyncTest : public VMTest {
protected:
    AsyncTest() : pending(vm.heap()) {
        g_pending = &pending;
        PromiseHooks hooks;
        hooks.new_promise_capability = fake_capability;
        hooks.await = fake_await;
        vm.interpreter().set_promise_hooks(hooks);
    }
    ~AsyncTest() override { g_pending = nullptr; }

    // Resumes the oldest pending await with `value` (fulfilled) or as a rejection.
    void settle_next(Value value, bool rejected = false) {
        ASSERT_FALSE(pending.empty());
        auto* suspended = static_cast<AsyncFunctionObject*>(pending[0].as_cell());
        pending.items().erase(pending.items().begin(), pending.items().begin() + 2);
        auto result = vm.interpreter().resume_async_function(suspended, value,
                                                             rejected ? ResumeMode::Throw : ResumeMode::Next);
        ASSERT_FALSE(result.is_throw_completion());
    }
    std::size_t pending_count() const { return pending.size() / 2; }
    Value pending_value(std::size_t i) const { return pending[2 * i + 1]; }

    MarkedValueVector pending;
};

TEST_F(AsyncTest, AwaitSuspendsAndResumes) {
    EXPECT_EQ(run("async function f(x) { var a = await x; var b = await (a + 1); return a + b; } "
                  "var p = f(1); p"),
              "{}");
    ASSERT_EQ(pending_count(), 1u);
    EXPECT_EQ(pending_value(0).as_number(), 1);
    settle_next(pending_value(0));
    ASSERT_EQ(pending_count(), 1u);
    EXPECT_EQ(pending_value(0).as_number(), 2);
    settle_next(Value(2.0));
    EXPECT_TRUE(pending.empty());
    EXPECT_EQ(run("[p.state, p.result]"), "[\"fulfilled\", 3]");
}

TEST_F(AsyncTest, RejectionThrowsAtTheAwait) {
    run("async function g() { try { await 0; } catch (e) { return 'caught ' + e; } } var p = g();");
    settle_next(Value(JSString::from_ascii(vm, "err")), true);
    EXPECT_EQ(run("[p.state, p.result]"), "[\"fulfilled\", \"caught err\"]");
}

TEST_F(AsyncTest, ExceptionsRejectThePromise) {
    EXPECT_EQ(run("async function h() { throw new Error('sync part'); } var p = h(); [p.state, p.result.message]"),
              "[\"rejected\", \"sync part\"]");
    EXPECT_EQ(run("async function k(a = missing) {} var q = k(); [q.state, q.result instanceof ReferenceError]"),
              "[\"rejected\", true]");
    run("async function later() { await 1; throw 'after await'; } var r = later();");
    settle_next(Value(1.0));
    EXPECT_EQ(run("[r.state, r.result]"), "[\"rejected\", \"after await\"]");
    EXPECT_EQ(run("async function bad() { await 'throw in await'; } var s = bad(); [s.state, s.result.message]"),
              "[\"rejected\", \"await failed\"]");
}

TEST_F(AsyncTest, CallerContinuesAfterTheFirstAwait) {
    EXPECT_EQ(run("var log = []; async function f() { log.push('start'); await null; log.push('resumed'); } "
                  "f(); log.push('caller'); log.join()"),
              "start,caller");
    settle_next(Value::null());
    EXPECT_EQ(run("log.join()"), "start,caller,resumed");
}

TEST_F(AsyncTest, AsyncArrowsAndMethodsKeepThis) {
    run("var o = { v: 5, m() { return (async () => { await 0; return this.v; })(); } }; var p = o.m();");
    settle_next(Value(0.0));
    EXPECT_EQ(run("p.result"), "5");
}

} // namespace
} // namespace yjs::vm_test
