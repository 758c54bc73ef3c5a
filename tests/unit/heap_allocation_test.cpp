// Heap: allocation, collection, destructors, triggering, large cells and the heap limit.
#include "heap/heap.h"
#include "heap_test_util.h"
#include "runtime/vm.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>
#include <vector>

namespace yjs {
namespace {

using heap_test::allocate_garbage;
using heap_test::clobber_stack;
using heap_test::kStaleSlack;
using heap_test::collect_with_clean_stack;
using heap_test::TestCell;

VM::Options options_with_limit(std::size_t bytes) {
    VM::Options options;
    options.heap_limit_bytes = bytes;
    return options;
}

TEST(HeapAllocation, ManySizesAreAlignedDistinctAndSurviveCollection) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    auto roots = std::make_unique<MarkedValueVector>(heap);
    std::vector<std::size_t> extras;
    for (std::size_t extra = 0; extra < 3000; extra += 7) extras.push_back(extra);
    for (std::size_t extra : {8000u, 8192u, 9000u, 20000u, 70000u, 300000u}) extras.push_back(extra);
    std::set<std::uintptr_t> addresses;
    for (std::size_t extra : extras) {
        auto* cell = heap.allocate_with_extra<TestCell>(extra, &destroyed);
        auto address = reinterpret_cast<std::uintptr_t>(cell);
        EXPECT_EQ(address % kCellGranule, 0u); // the alignment every cell member needs
        EXPECT_TRUE(addresses.insert(address).second);
        for (std::size_t i = 0; i < extra; ++i) ASSERT_EQ(cell->extra()[i], 0) << "extra " << extra;
        std::memset(cell->extra(), static_cast<int>(extra & 0xFF), extra);
        roots->push_back(Value::internal_cell(cell));
    }
    collect_with_clean_stack(heap);
    EXPECT_EQ(destroyed, 0);
    for (std::size_t i = 0; i < extras.size(); ++i) {
        auto* cell = static_cast<TestCell*>((*roots)[i].as_cell());
        std::size_t extra = extras[i];
        for (std::size_t j = 0; j < extra; ++j) ASSERT_EQ(cell->extra()[j], extra & 0xFF);
        Cell* found = nullptr;
        ASSERT_TRUE(heap.find_cell(reinterpret_cast<std::uintptr_t>(cell), &found));
        EXPECT_EQ(found, cell);
        ASSERT_TRUE(heap.find_cell(reinterpret_cast<std::uintptr_t>(cell) + (sizeof(TestCell) + extra) / 2, &found));
        EXPECT_EQ(found, cell);
        EXPECT_TRUE(heap.is_marked(cell));
    }
}

TEST(HeapAllocation, CollectionFreesUnreachableCellsAndRunsDestructors) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    allocate_garbage(heap, &destroyed, 100000);
    allocate_garbage(heap, &destroyed, 1000, 200);
    allocate_garbage(heap, &destroyed, 20, 50000);
    std::size_t collections_before = heap.statistics().collections;
    collect_with_clean_stack(heap);
    EXPECT_GT(heap.statistics().collections, collections_before);
    EXPECT_GE(destroyed, 101020 - kStaleSlack);
}

[[gnu::noinline]] void allocate_dirty_garbage(Heap& heap, int* destroyed) {
    for (int i = 0; i < 20000; ++i) {
        auto* cell = heap.allocate_with_extra<TestCell>(40, destroyed);
        for (int j = 0; j < 40; ++j) ASSERT_EQ(cell->extra()[j], 0);
        ASSERT_EQ(cell->next, nullptr);
        ASSERT_TRUE(cell->value.is_undefined());
        std::memset(cell->extra(), 0xAB, 40);
    }
}

TEST(HeapAllocation, FreedMemoryIsReusedAndZeroed) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    allocate_dirty_garbage(heap, &destroyed);
    std::size_t peak = heap.statistics().committed_bytes;
    collect_with_clean_stack(heap);
    for (int round = 0; round < 5; ++round) {
        allocate_dirty_garbage(heap, &destroyed);
        EXPECT_LE(heap.statistics().committed_bytes, peak + 2 * kHeapBlockSize);
        collect_with_clean_stack(heap);
    }
    EXPECT_GE(destroyed, 6 * 20000 - kStaleSlack);
}

TEST(HeapAllocation, DestructorsRunWhenTheHeapIsDestroyed) {
    int destroyed = 0;
    {
        VM vm;
        auto roots = std::make_unique<MarkedValueVector>(vm.heap());
        for (int i = 0; i < 1000; ++i) {
            roots->push_back(Value::internal_cell(vm.heap().allocate<TestCell>(&destroyed)));
            vm.heap().allocate_with_extra<TestCell>(100, &destroyed);
        }
        vm.heap().allocate_with_extra<TestCell>(100000, &destroyed);
        roots.reset();
    }
    EXPECT_EQ(destroyed, 2001);
}

TEST(HeapAllocation, CollectsAutomaticallyAndStaysBounded) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    std::size_t collections_before = heap.statistics().collections;
    // 400 MB of garbage in total.
    for (int i = 0; i < 100; ++i) allocate_garbage(heap, &destroyed, 20000, 184);
    EXPECT_GT(heap.statistics().collections, collections_before + 10);
    EXPECT_LT(heap.statistics().committed_bytes, std::size_t(128) << 20);
    EXPECT_GT(destroyed, 1000000);
}

TEST(HeapAllocation, LargeCellsAreFreedWhenUnreachable) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    auto root = std::make_unique<Root<TestCell*>>(heap, heap.allocate_with_extra<TestCell>(1 << 20, &destroyed));
    allocate_garbage(heap, &destroyed, 50, 1 << 20);
    collect_with_clean_stack(heap);
    EXPECT_GE(destroyed, 48);
    EXPECT_LT(destroyed, 51);
    TestCell* kept = root->get();
    Cell* found = nullptr;
    ASSERT_TRUE(heap.find_cell(reinterpret_cast<std::uintptr_t>(kept->extra()) + 1000000, &found));
    EXPECT_EQ(found, kept);
    EXPECT_FALSE(heap.find_cell(reinterpret_cast<std::uintptr_t>(kept->extra()) + (1 << 20) + 64, &found));
    root.reset();
    collect_with_clean_stack(heap);
    EXPECT_GE(destroyed, 49);
}

TEST(HeapAllocation, DeferGCSuppressesCollection) {
    int destroyed = 0;
    VM vm;
    Heap& heap = vm.heap();
    std::size_t collections_before = heap.statistics().collections;
    {
        DeferGC defer(heap);
        allocate_garbage(heap, &destroyed, 300000, 100);
        heap.collect_garbage();
        EXPECT_EQ(heap.statistics().collections, collections_before);
        EXPECT_EQ(destroyed, 0);
    }
    allocate_garbage(heap, &destroyed, 100000, 100);
    EXPECT_GT(heap.statistics().collections, collections_before);
    EXPECT_GT(destroyed, 0);
}

// A cell owning a malloc'd buffer, reported to the heap.
class BufferCell final : public Cell {
public:
    explicit BufferCell(Heap& heap) : buffer_(std::malloc(kBytes)) { heap.did_allocate_external(kBytes); }
    ~BufferCell() override {
        Heap::of(this).did_free_external(kBytes);
        std::free(buffer_);
    }
    const char* class_name() const override { return "BufferCell"; }

private:
    static constexpr std::size_t kBytes = 1 << 20;
    void* buffer_;
};

TEST(HeapAllocation, ExternalMemoryTriggersCollection) {
    VM vm;
    Heap& heap = vm.heap();
    std::size_t collections_before = heap.statistics().collections;
    for (int i = 0; i < 2000; ++i) heap.allocate<BufferCell>(heap);
    EXPECT_GT(heap.statistics().collections, collections_before + 10);
    EXPECT_LT(heap.statistics().external_bytes, std::size_t(512) << 20);
}

TEST(HeapAllocation, HeapLimitSetsOutOfMemory) {
    int destroyed = 0;
    VM vm(options_with_limit(std::size_t(64) << 20));
    Heap& heap = vm.heap();
    auto roots = std::make_unique<MarkedValueVector>(heap);
    bool reached = false;
    for (int i = 0; i < 200000 && !reached; ++i) {
        roots->push_back(Value::internal_cell(heap.allocate_with_extra<TestCell>(1000, &destroyed)));
        reached = heap.out_of_memory();
    }
    ASSERT_TRUE(reached);
    HeapStatistics statistics = heap.statistics();
    EXPECT_GT(statistics.committed_bytes, std::size_t(60) << 20);
    EXPECT_LE(statistics.committed_bytes, std::size_t(64 + 16) << 20);
    // Allocation still works while the engine unwinds.
    auto* cell = heap.allocate<TestCell>(&destroyed);
    EXPECT_NE(cell, nullptr);
    heap.clear_out_of_memory();
    roots.reset();
    collect_with_clean_stack(heap);
    EXPECT_FALSE(heap.out_of_memory());
    EXPECT_LT(heap.statistics().committed_bytes, std::size_t(32) << 20);
    roots = std::make_unique<MarkedValueVector>(heap);
    for (int i = 0; i < 10000; ++i) roots->push_back(Value::internal_cell(heap.allocate<TestCell>(&destroyed)));
    EXPECT_FALSE(heap.out_of_memory());
}

TEST(HeapAllocationDeathTest, ExhaustingTheEmergencyReserveExitsCleanly) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            VM vm(options_with_limit(std::size_t(32) << 20));
            auto roots = std::make_unique<MarkedValueVector>(vm.heap());
            // Ignores out_of_memory() and keeps everything alive.
            for (int i = 0; i < 10000000; ++i)
                roots->push_back(Value::internal_cell(vm.heap().allocate_with_extra<TestCell>(1000)));
        },
        ::testing::ExitedWithCode(3), "yieldjs: fatal: JavaScript heap out of memory");
}

TEST(HeapAllocation, WeakCallbacksSeeMarksAndMarkingConstraintsReachFixpoint) {
    VM vm;
    Heap& heap = vm.heap();
    // An ephemeron table (key -> value: a value is kept only while its key is) in malloc'd memory.
    struct Entry {
        TestCell* key;
        TestCell* value;
    };
    auto table = std::make_unique<std::vector<Entry>>();
    auto root = std::make_unique<Root<TestCell*>>(heap);
    [&]() __attribute__((noinline)) {
        auto* live_key = heap.allocate<TestCell>();
        auto* chained_key = heap.allocate<TestCell>(); // reachable only through live_key's value
        auto* live_value = heap.allocate<TestCell>(nullptr, chained_key);
        auto* chained_value = heap.allocate<TestCell>();
        // Ordered so that one pass over the table is not enough.
        *table = {{chained_key, chained_value}, {heap.allocate<TestCell>(), heap.allocate<TestCell>()},
                  {live_key, live_value}};
        root->set(live_key);
    }();
    // Kept off the stack, which would root them.
    auto chained = std::make_unique<Entry>((*table)[0]);
    auto live = std::make_unique<Entry>((*table)[2]);
    int constraint_runs = 0;
    Heap::CallbackId constraint = heap.add_marking_constraint([&](Visitor& visitor) {
        ++constraint_runs;
        for (Entry& entry : *table)
            if (heap.is_marked(entry.key)) visitor.visit(entry.value);
    });
    std::size_t unmarked_keys = 0;
    Heap::CallbackId weak = heap.add_weak_callback([&](Heap& h) {
        for (Entry& entry : *table) {
            EXPECT_TRUE(!h.is_marked(entry.key) || h.is_marked(entry.value));
            unmarked_keys += !h.is_marked(entry.key);
        }
        std::erase_if(*table, [&](Entry& entry) { return !h.is_marked(entry.key); });
    });
    clobber_stack();
    heap.collect_garbage();
    EXPECT_GE(constraint_runs, 1);
    EXPECT_TRUE(heap.is_marked(live->value));
    EXPECT_TRUE(heap.is_marked(chained->key));
    EXPECT_TRUE(heap.is_marked(chained->value));
    EXPECT_EQ(table->size(), 3 - unmarked_keys);
    EXPECT_GE(table->size(), 2u);
    heap.remove_marking_constraint(constraint);
    heap.remove_weak_callback(weak);
    int runs_before = constraint_runs;
    heap.collect_garbage();
    EXPECT_EQ(constraint_runs, runs_before);
}

} // namespace
} // namespace yjs
