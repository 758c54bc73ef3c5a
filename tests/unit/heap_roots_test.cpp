// Heap: roots (conservative stack scanning, MarkedVector, Root, root callbacks) and deep object graphs.
#include "heap/heap.h"
#include "heap_test_util.h"
#include "runtime/vm.h"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace yjs {
namespace {

using heap_test::allocate_garbage;
using heap_test::clobber_stack;
using heap_test::kStaleSlack;
using heap_test::collect_with_clean_stack;
using heap_test::TestCell;

[[gnu::noinline]] std::uint64_t make_boxed_cell(Heap& heap, int* destroyed) {
    return Value::internal_cell(heap.allocate<TestCell>(destroyed)).bits();
}

[[gnu::noinline]] std::uintptr_t make_interior_pointer(Heap& heap, int* destroyed, std::size_t offset) {
    return reinterpret_cast<std::uintptr_t>(heap.allocate_with_extra<TestCell>(64, destroyed)) + offset;
}

[[gnu::noinline]] std::uintptr_t make_large_interior_pointer(Heap& heap, int* destroyed) {
    return reinterpret_cast<std::uintptr_t>(heap.allocate_with_extra<TestCell>(1 << 20, destroyed)) + 700000;
}

TEST(HeapRoots, RawPointerInLocalKeepsCellAlive) {
    int kept_destroyed = 0;
    int garbage_destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    auto* cell = heap.allocate<TestCell>(&kept_destroyed);
    cell->next = heap.allocate<TestCell>(&kept_destroyed);
    allocate_garbage(heap, &garbage_destroyed, 50000);
    collect_with_clean_stack(heap);
    asm volatile("" : : "r"(cell) : "memory");
    EXPECT_GE(garbage_destroyed, 50000 - kStaleSlack);
    collect_with_clean_stack(heap);
    EXPECT_EQ(kept_destroyed, 0);
    EXPECT_TRUE(heap.is_marked(cell));
    EXPECT_TRUE(heap.is_marked(cell->next));
    asm volatile("" : : "r"(cell) : "memory");
}

TEST(HeapRoots, NanBoxedValueInLocalKeepsCellAlive) {
    int kept_destroyed = 0;
    int garbage_destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    volatile std::uint64_t boxed = make_boxed_cell(heap, &kept_destroyed);
    collect_with_clean_stack(heap);
    allocate_garbage(heap, &garbage_destroyed, 100000);
    collect_with_clean_stack(heap);
    EXPECT_EQ(kept_destroyed, 0);
    EXPECT_GE(garbage_destroyed, 100000 - kStaleSlack);
    Value value = Value::from_bits(boxed);
    ASSERT_TRUE(value.is_internal_cell());
    EXPECT_TRUE(heap.is_marked(value.as_cell()));
    Cell* found = nullptr;
    EXPECT_TRUE(heap.find_cell(reinterpret_cast<std::uintptr_t>(value.as_cell()), &found));
}

[[gnu::noinline]] void fill_with_cells(Heap& heap, Value* values, std::size_t count, int* destroyed) {
    for (std::size_t i = 0; i < count; ++i) values[i] = Value::internal_cell(heap.allocate<TestCell>(destroyed));
}

// Address-taken locals (argument arrays built by native code) live in ASan's fake stack frames when
// detect_stack_use_after_return is on; they must be scanned too.
TEST(HeapRoots, AddressTakenLocalArraysKeepCellsAlive) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    Value values[16];
    fill_with_cells(heap, values, 16, &destroyed);
    collect_with_clean_stack(heap);
    allocate_garbage(heap, &destroyed, 10000);
    collect_with_clean_stack(heap);
    for (Value value : values) EXPECT_TRUE(heap.is_marked(value.as_cell()));
    EXPECT_LE(destroyed, 10000);
}

TEST(HeapRoots, InteriorPointersKeepCellsAlive) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    volatile std::uintptr_t interior = make_interior_pointer(heap, &destroyed, 70);
    volatile std::uintptr_t tagged = make_interior_pointer(heap, &destroyed, 2); // like a PropertyKey atom
    volatile std::uintptr_t large = make_large_interior_pointer(heap, &destroyed);
    collect_with_clean_stack(heap);
    collect_with_clean_stack(heap);
    EXPECT_EQ(destroyed, 0);
    for (std::uintptr_t address : {std::uintptr_t(interior), std::uintptr_t(tagged), std::uintptr_t(large)}) {
        Cell* cell = nullptr;
        ASSERT_TRUE(heap.find_cell(address, &cell));
        EXPECT_TRUE(heap.is_marked(cell));
        EXPECT_STREQ(cell->class_name(), "TestCell");
    }
}

TEST(HeapRoots, ConservativeRootsDoNotKeepNeighbours) {
    int kept_destroyed = 0;
    int garbage_destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    allocate_garbage(heap, &garbage_destroyed, 500);
    volatile std::uint64_t boxed = make_boxed_cell(heap, &kept_destroyed);
    allocate_garbage(heap, &garbage_destroyed, 500);
    collect_with_clean_stack(heap);
    EXPECT_EQ(kept_destroyed, 0);
    EXPECT_GE(garbage_destroyed, 1000 - kStaleSlack);
    EXPECT_TRUE(heap.is_marked(Value::from_bits(boxed).as_cell()));
}

TEST(HeapRoots, MarkedVectorKeepsValuesAlive) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    auto vector = std::make_unique<MarkedValueVector>(heap);
    [&]() __attribute__((noinline)) {
        for (int i = 0; i < 1000; ++i) vector->push_back(Value::internal_cell(heap.allocate<TestCell>(&destroyed)));
    }();
    collect_with_clean_stack(heap);
    EXPECT_EQ(destroyed, 0);
    // Moving keeps the registration.
    auto moved = std::make_unique<MarkedValueVector>(std::move(*vector));
    vector.reset();
    collect_with_clean_stack(heap);
    EXPECT_EQ(destroyed, 0);
    EXPECT_EQ(moved->size(), 1000u);
    moved->resize(10);
    collect_with_clean_stack(heap);
    EXPECT_GE(destroyed, 990 - kStaleSlack);
    EXPECT_LE(destroyed, 990);
    moved.reset();
    collect_with_clean_stack(heap);
    EXPECT_GE(destroyed, 1000 - kStaleSlack);
}

TEST(HeapRoots, RootKeepsCellAliveUntilCleared) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    constexpr int kCount = 1000;
    std::vector<std::unique_ptr<Root<TestCell*>>> roots;
    std::vector<std::unique_ptr<Root<Value>>> value_roots;
    [&]() __attribute__((noinline)) {
        for (int i = 0; i < kCount; ++i) {
            roots.push_back(std::make_unique<Root<TestCell*>>(
                heap, heap.allocate<TestCell>(&destroyed, heap.allocate<TestCell>(&destroyed))));
            value_roots.push_back(
                std::make_unique<Root<Value>>(heap, Value::internal_cell(heap.allocate<TestCell>(&destroyed))));
        }
    }();
    collect_with_clean_stack(heap);
    EXPECT_EQ(destroyed, 0);
    for (auto& root : roots) EXPECT_NE((*root)->next, nullptr);
    for (auto& root : roots) root->set(nullptr);
    value_roots.clear();
    collect_with_clean_stack(heap);
    EXPECT_GE(destroyed, 3 * kCount - kStaleSlack);
}

TEST(HeapRoots, RootCallbacksAreVisitedUntilRemoved) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    constexpr int kCount = 1000;
    auto holder = std::make_unique<std::vector<TestCell*>>();
    [&]() __attribute__((noinline)) {
        for (int i = 0; i < kCount; ++i) holder->push_back(heap.allocate<TestCell>(&destroyed));
    }();
    Heap::CallbackId id = heap.add_root_callback([&](Visitor& visitor) {
        for (TestCell* cell : *holder) visitor.visit(cell);
    });
    collect_with_clean_stack(heap);
    EXPECT_EQ(destroyed, 0);
    heap.remove_root_callback(id);
    holder->clear();
    collect_with_clean_stack(heap);
    EXPECT_GE(destroyed, kCount - kStaleSlack);
}

// Builds a singly linked list of `length` cells (linked through pointers or through Values) into `root`.
[[gnu::noinline]] void build_chain(Heap& heap, Root<Value>& root, int* destroyed, int length, bool through_values) {
    Value head = Value::undefined();
    for (int i = 0; i < length; ++i) {
        auto* cell = heap.allocate<TestCell>(destroyed);
        if (through_values) cell->value = head;
        else cell->next = head.is_undefined() ? nullptr : static_cast<TestCell*>(head.as_cell());
        head = Value::internal_cell(cell);
    }
    root.set(head);
}

[[gnu::noinline]] int chain_length(Root<Value>& root) {
    int length = 0;
    for (auto* cell = static_cast<TestCell*>(root.get().as_cell()); cell; ++length) {
        if (cell->next) cell = cell->next;
        else cell = cell->value.is_cell() ? static_cast<TestCell*>(cell->value.as_cell()) : nullptr;
    }
    return length;
}

TEST(HeapRoots, MillionLongChainsMarkWithoutRecursion) {
    int destroyed_counts[2] = {0, 0};
    VM vm;
    Heap& heap = vm.heap();
    constexpr int kLength = 1000000;
    auto root = std::make_unique<Root<Value>>(heap);
    for (bool through_values : {false, true}) {
        SCOPED_TRACE(through_values ? "linked through Values" : "linked through pointers");
        int& destroyed = destroyed_counts[through_values];
        build_chain(heap, *root, &destroyed, kLength, through_values);
        collect_with_clean_stack(heap);
        EXPECT_EQ(destroyed, 0);
        EXPECT_EQ(chain_length(*root), kLength);
        // Unreachable now. (A stale stack word from outside the test's control may still point into the
        // chain and keep part of it, so only check that it is being reclaimed.)
        root->set(Value::undefined());
        collect_with_clean_stack(heap);
        EXPECT_GT(destroyed, 0);
    }
}

} // namespace
} // namespace yjs
