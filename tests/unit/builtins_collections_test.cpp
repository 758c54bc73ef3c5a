// The keyed collections' storage: OrderedHashTable (insertion order, live cursors across deletion,
// compaction and clear) and the ephemeron semantics of WeakMap tables in the garbage collector.
#include "builtins/keyed_collection.h"
#include "builtins/weak_collection.h"
#include "heap_test_util.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace yjs {
namespace {

using heap_test::collect_with_clean_stack;
using heap_test::kStaleSlack;
using heap_test::TestCell;

std::vector<double> drain(OrderedHashTable& table, OrderedHashTable::Cursor& cursor) {
    std::vector<double> keys;
    OrderedHashTable::Entry entry;
    while (table.advance(cursor, entry))
        keys.push_back(entry.key.as_number());
    return keys;
}

TEST(OrderedHashTable, KeepsInsertionOrderAndUpdatesInPlace) {
    Heap heap(std::size_t(64) << 20);
    OrderedHashTable table(heap);
    for (int i = 0; i < 100; ++i)
        table.set(Value(double(99 - i)), Value(double(i)));
    table.set(Value(50.0), Value(-1.0));
    EXPECT_EQ(table.size(), 100u);
    ASSERT_NE(table.get(Value(50.0)), nullptr);
    EXPECT_EQ(table.get(Value(50.0))->as_number(), -1.0);
    EXPECT_EQ(table.get(Value(100.0)), nullptr);
    auto cursor = table.make_cursor();
    std::vector<double> keys = drain(table, *cursor);
    ASSERT_EQ(keys.size(), 100u);
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(keys[i], double(99 - i));
}

TEST(OrderedHashTable, CursorSurvivesDeletionCompactionAndClear) {
    Heap heap(std::size_t(64) << 20);
    OrderedHashTable table(heap);
    for (int i = 0; i < 100; ++i)
        table.set(Value(double(i)), Value::undefined());
    auto cursor = table.make_cursor();
    OrderedHashTable::Entry entry;
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(table.advance(*cursor, entry));
    EXPECT_EQ(entry.key.as_number(), 49.0);
    // Deleting most entries compacts the table; the cursor continues with the first unvisited live entry.
    for (int i = 0; i < 80; ++i)
        EXPECT_TRUE(table.remove(Value(double(i))));
    EXPECT_FALSE(table.remove(Value(0.0)));
    EXPECT_EQ(table.size(), 20u);
    ASSERT_TRUE(table.advance(*cursor, entry));
    EXPECT_EQ(entry.key.as_number(), 80.0);
    // Entries added during the iteration are visited.
    table.set(Value(1000.0), Value::undefined());
    std::vector<double> rest = drain(table, *cursor);
    ASSERT_EQ(rest.size(), 20u);
    EXPECT_EQ(rest.front(), 81.0);
    EXPECT_EQ(rest.back(), 1000.0);
    // After clear(), a finished or suspended cursor sees only what is added next.
    auto second = table.make_cursor();
    ASSERT_TRUE(table.advance(*second, entry));
    table.clear();
    EXPECT_EQ(table.size(), 0u);
    table.set(Value(7.0), Value::undefined());
    EXPECT_EQ(drain(table, *second), std::vector<double>{7.0});
    EXPECT_EQ(drain(table, *cursor), std::vector<double>{7.0});
}

TEST(OrderedHashTable, StringKeysCompareByContent) {
    VM vm;
    OrderedHashTable table(vm.heap());
    JSString* left = JSString::from_ascii(vm, "ab");
    JSString* rope = JSString::concat(vm, JSString::from_ascii(vm, "a"), JSString::from_ascii(vm, "b"));
    table.set(Value(left), Value(1.0));
    EXPECT_TRUE(table.has(Value(rope)));
    EXPECT_FALSE(table.has(CanonicalizeKeyedCollectionKey(Value(-0.0))));
    table.set(CanonicalizeKeyedCollectionKey(Value(-0.0)), Value(2.0));
    EXPECT_TRUE(table.has(Value(0.0)));
    table.set(Value(std::nan("")), Value(3.0));
    EXPECT_EQ(table.get(Value(std::nan("")))->as_number(), 3.0);
}

// --- Ephemerons ---

class WeakMapGC : public ::testing::Test {
protected:
    WeakMapGC() : realm(*vm.create_realm()), map(vm.heap()) {
        map.set(WeakMapObject::create(vm, realm.intrinsic(Intrinsic::WeakMapPrototype)));
    }
    WeakMapObject* weak_map() { return static_cast<WeakMapObject*>(map.get()); }

    // Destruction counters of the test cells; declared before the VM, whose destruction destroys the cells
    // still alive.
    int keys_destroyed = 0;
    int values_destroyed = 0;
    VM vm;
    Realm& realm;
    Root<JSObject*> map;
};

[[gnu::noinline]] void add_unreachable_entries(Heap& heap, WeakCollection* table, int count,
                                               int* keys_destroyed, int* values_destroyed) {
    for (int i = 0; i < count; ++i) {
        TestCell* key = heap.allocate<TestCell>(keys_destroyed);
        TestCell* value = heap.allocate<TestCell>(values_destroyed);
        table->insert(key, Value::internal_cell(value));
    }
}

TEST_F(WeakMapGC, DeadKeysAreDroppedWithTheirValues) {
    add_unreachable_entries(vm.heap(), weak_map(), 200, &keys_destroyed, &values_destroyed);
    collect_with_clean_stack(vm.heap());
    EXPECT_LE(weak_map()->entry_count(), std::size_t(kStaleSlack));
    EXPECT_GE(keys_destroyed, 200 - kStaleSlack);
    EXPECT_GE(values_destroyed, 200 - kStaleSlack);
}

[[gnu::noinline]] void add_entry_with_fresh_value(Heap& heap, WeakCollection* table, Cell* key,
                                                  int* destroyed, TestCell* next = nullptr) {
    table->insert(key, Value::internal_cell(heap.allocate<TestCell>(destroyed, next)));
}

TEST_F(WeakMapGC, LiveKeyKeepsItsValueAlive) {
    Root<TestCell*> key(vm.heap(), vm.heap().allocate<TestCell>());
    add_entry_with_fresh_value(vm.heap(), weak_map(), key.get(), &values_destroyed);
    collect_with_clean_stack(vm.heap());
    EXPECT_EQ(values_destroyed, 0);
    EXPECT_EQ(weak_map()->entry_count(), 1u);
    EXPECT_TRUE(weak_map()->lookup(key.get()).is_cell());
}

// key1 (rooted) -> value1 -> key2 -> value2: value2 is reachable only once value1 has been marked through
// the first entry, so marking has to iterate to a fixpoint.
[[gnu::noinline]] void add_chain(Heap& heap, WeakCollection* table, Cell* first_key, int* destroyed) {
    TestCell* second_key = heap.allocate<TestCell>(destroyed);
    add_entry_with_fresh_value(heap, table, second_key, destroyed);
    add_entry_with_fresh_value(heap, table, first_key, destroyed, second_key);
}

TEST_F(WeakMapGC, EphemeronChainsAreMarkedToAFixpoint) {
    Root<TestCell*> key(vm.heap(), vm.heap().allocate<TestCell>());
    add_chain(vm.heap(), weak_map(), key.get(), &values_destroyed);
    collect_with_clean_stack(vm.heap());
    EXPECT_EQ(values_destroyed, 0);
    EXPECT_EQ(weak_map()->entry_count(), 2u);
}

TEST_F(WeakMapGC, UnreachableTableKeepsNothingAlive) {
    Root<TestCell*> key(vm.heap(), vm.heap().allocate<TestCell>());
    for (int i = 0; i < 100; ++i)
        add_entry_with_fresh_value(vm.heap(), weak_map(), key.get(), &values_destroyed);
    add_unreachable_entries(vm.heap(), weak_map(), 100, &keys_destroyed, &values_destroyed);
    map.set(nullptr);
    collect_with_clean_stack(vm.heap());
    // Each insert under the rooted key replaced the previous value: 99 died at once, the last one and the
    // other entries' values die with the table.
    EXPECT_GE(values_destroyed, 200 - kStaleSlack);
}

} // namespace
} // namespace yjs
