// WeakRef and FinalizationRegistry in the garbage collector: targets are cleared once only weak references
// reach them, [[KeptAlive]] keeps them until ClearKeptObjects, and a registry's cleanup callbacks run in a
// job after the collection (never inside it), only while the registry itself is alive.
#include "builtins/finalization_registry.h"
#include "builtins/weak_ref.h"
#include "heap_test_util.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

#include <gtest/gtest.h>

#include <vector>

namespace yjs {
namespace {

using heap_test::collect_with_clean_stack;
using heap_test::kStaleSlack;

constexpr int kCount = 200;

class WeakRefGC : public ::testing::Test {
protected:
    WeakRefGC() : realm(*vm.create_realm()), refs(vm.heap()) {}

    // kCount WeakRefs (rooted) to fresh objects that nothing else references.
    [[gnu::noinline]] void make_refs_to_garbage(bool keep_alive) {
        for (int i = 0; i < kCount; ++i) {
            JSObject* target = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
            if (keep_alive) vm.add_to_kept_objects(target);
            refs.push_back(
                Value(WeakRefObject::create(vm, realm.intrinsic(Intrinsic::WeakRefPrototype), target)));
        }
    }
    int cleared() const {
        int count = 0;
        for (Value ref : refs)
            count += static_cast<WeakRefObject*>(ref.as_object())->target().is_undefined();
        return count;
    }

    VM vm;
    Realm& realm;
    MarkedValueVector refs;
};

TEST_F(WeakRefGC, TargetsReachableOnlyWeaklyAreCleared) {
    make_refs_to_garbage(false);
    collect_with_clean_stack(vm.heap());
    EXPECT_GE(cleared(), kCount - kStaleSlack);
}

TEST_F(WeakRefGC, KeptObjectsSurviveUntilClearKeptObjects) {
    make_refs_to_garbage(true);
    collect_with_clean_stack(vm.heap());
    EXPECT_EQ(cleared(), 0);
    vm.clear_kept_objects();
    collect_with_clean_stack(vm.heap());
    EXPECT_GE(cleared(), kCount - kStaleSlack);
}

TEST_F(WeakRefGC, StronglyReachableTargetStays) {
    Root<JSObject*> target(vm.heap(), JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype)));
    Root<JSObject*> ref(
        vm.heap(), WeakRefObject::create(vm, realm.intrinsic(Intrinsic::WeakRefPrototype), target.get()));
    collect_with_clean_stack(vm.heap());
    EXPECT_EQ(static_cast<WeakRefObject*>(ref.get())->target().as_object(), target.get());
}

int cleanup_calls = 0;
ThrowCompletionOr<Value> count_cleanup(VM&, const NativeCallInfo& call) {
    if (call.argument(0).is_number()) ++cleanup_calls;
    return Value::undefined();
}

class FinalizationRegistryGC : public ::testing::Test {
protected:
    FinalizationRegistryGC() : realm(*vm.create_realm()) { cleanup_calls = 0; }

    [[gnu::noinline]] FinalizationRegistryObject* make_registry() {
        NativeFunction* callback =
            NativeFunction::create(vm, realm, count_cleanup, 1, vm.names().empty_string);
        return FinalizationRegistryObject::create(
            vm, realm.intrinsic(Intrinsic::FinalizationRegistryPrototype), callback);
    }
    [[gnu::noinline]] void register_garbage(FinalizationRegistryObject* registry) {
        for (int i = 0; i < kCount; ++i) {
            JSObject* target = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
            registry->add_cell(Value(target), Value(double(i)), Value::undefined());
        }
    }

    // A registry that nothing references, with cells for kCount unreachable targets.
    [[gnu::noinline]] void make_unreachable_registry() { register_garbage(make_registry()); }

    VM vm;
    Realm& realm;
};

TEST_F(FinalizationRegistryGC, CleanupRunsInAJobAfterTheCollection) {
    Root<JSObject*> registry(vm.heap(), make_registry());
    register_garbage(static_cast<FinalizationRegistryObject*>(registry.get()));
    collect_with_clean_stack(vm.heap());
    // The collection only queued the cleanup.
    EXPECT_EQ(cleanup_calls, 0);
    EXPECT_TRUE(vm.has_pending_jobs());
    ASSERT_FALSE(vm.run_jobs().is_throw_completion());
    EXPECT_GE(cleanup_calls, kCount - kStaleSlack);
}

TEST_F(FinalizationRegistryGC, UnregisteredCellsAreNotCleanedUp) {
    Root<JSObject*> registry(vm.heap(), make_registry());
    Root<JSObject*> token(vm.heap(), JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype)));
    auto* typed = static_cast<FinalizationRegistryObject*>(registry.get());
    register_garbage(typed);
    for (int i = 0; i < kCount; ++i)
        typed->add_cell(Value(JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype))), Value(1.0),
                        Value(token.get()));
    EXPECT_TRUE(typed->remove_cells(Value(token.get())));
    collect_with_clean_stack(vm.heap());
    ASSERT_FALSE(vm.run_jobs().is_throw_completion());
    EXPECT_LE(cleanup_calls, kCount);
    EXPECT_GE(cleanup_calls, kCount - kStaleSlack);
}

TEST_F(FinalizationRegistryGC, UnreachableRegistryRunsNoCallbacks) {
    make_unreachable_registry();
    collect_with_clean_stack(vm.heap());
    ASSERT_FALSE(vm.run_jobs().is_throw_completion());
    EXPECT_EQ(cleanup_calls, 0);
}

} // namespace
} // namespace yjs
