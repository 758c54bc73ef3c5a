#pragma once
// Map and Set objects (24.1, 24.2) and their iterators, on an insertion-ordered hash table.
//
// The spec models [[MapData]] / [[SetData]] as a List whose deleted entries become ~empty~ and whose
// iterators walk it by index, so entries added during an iteration are visited and deleted ones are
// skipped. OrderedHashTable keeps exactly that model: entries live in insertion order in a vector, a
// deletion leaves a tombstone, and an open-addressing index maps keys to entry positions. To reclaim
// tombstones the table compacts itself; every position a live iteration holds is a Cursor registered with
// the table, and compaction moves each cursor to the position of the first entry it has not visited yet,
// so iterators stay valid across deletions, clear() and growth.
#include "heap/cell.h"
#include "runtime/object.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace yjs {

class Heap;
class VM;

// CanonicalizeKeyedCollectionKey(key): -0 becomes +0.
Value CanonicalizeKeyedCollectionKey(Value key);
// AddEntriesFromIterable(target, iterable, adder) for Map and WeakMap (the result is `target`).
ThrowCompletionOr<void> AddEntriesFromIterable(VM&, JSObject* target, Value iterable, Value adder);

class OrderedHashTable {
public:
    struct Entry {
        Value key; // Value::empty() for a deleted entry
        Value value;
    };
    // A position in the entry list (the spec's iteration index); kept valid by compaction.
    struct Cursor {
        std::uint32_t index = 0;
    };

    explicit OrderedHashTable(Heap&);
    ~OrderedHashTable();
    OrderedHashTable(const OrderedHashTable&) = delete;
    OrderedHashTable& operator=(const OrderedHashTable&) = delete;

    // Lookups and updates take canonicalized keys (see CanonicalizeKeyedCollectionKey).
    bool has(Value key) const { return find(key) != kNotFound; }
    // The value stored for `key`, or nullptr.
    const Value* get(Value key) const;
    // Adds the entry at the end, or replaces the value of an existing entry in place.
    void set(Value key, Value value);
    bool remove(Value key);
    // Deletes every entry; live iterations continue with entries added afterwards.
    void clear();

    // Number of live entries.
    std::uint32_t size() const { return static_cast<std::uint32_t>(entries_.size()) - deleted_; }

    // A cursor at the first entry, registered so compaction keeps it valid while the caller holds it.
    std::shared_ptr<Cursor> make_cursor();
    // The next live entry at or after `cursor`, which moves past it; false at the end of the list.
    bool advance(Cursor& cursor, Entry& out) const;

    // The live entries in order (a snapshot; the caller keeps the Values reachable).
    void copy_entries(std::vector<Entry>& out) const;

    void visit(Visitor&) const;

private:
    static constexpr std::uint32_t kNotFound = 0xFFFFFFFFu;
    static constexpr std::uint32_t kFreeSlot = 0xFFFFFFFFu;
    static constexpr std::uint32_t kDeletedSlot = 0xFFFFFFFEu;

    static std::uint64_t hash(Value key);
    static bool keys_equal(Value a, Value b);
    // The entry index of `key`, or kNotFound.
    std::uint32_t find(Value key) const;
    // The index slot holding `entry` (which must be in the index).
    std::size_t slot_of(Value key, std::uint32_t entry) const;
    // Drops tombstones, renumbers cursors and rebuilds the index with `capacity` slots (a power of two).
    void rebuild(std::size_t capacity);
    void insert_into_index(std::uint64_t key_hash, std::uint32_t entry);
    void account_memory();

    Heap& heap_;
    std::vector<Entry> entries_;
    std::vector<std::uint32_t> index_; // slots: entry indices, kFreeSlot or kDeletedSlot
    std::uint32_t deleted_ = 0;        // tombstones in entries_ (and kDeletedSlot slots in index_)
    std::vector<std::weak_ptr<Cursor>> cursors_;
    std::size_t cursor_prune_threshold_ = 8;
    std::size_t reported_bytes_ = 0;
};

// An object with a [[MapData]] internal slot.
class MapObject final : public JSObject {
public:
    static MapObject* create(VM&, JSObject* prototype);
    explicit MapObject(Shape*);

    const char* class_name() const override { return "Map"; }
    void visit_edges(Visitor&) override;
    OrderedHashTable& data() { return data_; }

private:
    OrderedHashTable data_;
};

// An object with a [[SetData]] internal slot (entries' values are unused).
class SetObject final : public JSObject {
public:
    static SetObject* create(VM&, JSObject* prototype);
    explicit SetObject(Shape*);

    const char* class_name() const override { return "Set"; }
    void visit_edges(Visitor&) override;
    OrderedHashTable& data() { return data_; }

private:
    OrderedHashTable data_;
};

enum class CollectionIterationKind : std::uint8_t { Key, Value, KeyAndValue };

// A Map Iterator or Set Iterator: the generator CreateMapIterator / CreateSetIterator build from their
// closures, flattened into an object that remembers the collection, the kind and the position.
class CollectionIterator final : public JSObject {
public:
    // `collection` is a MapObject or a SetObject; `prototype` the matching iterator prototype.
    static CollectionIterator* create(VM&, JSObject* collection, OrderedHashTable& data,
                                      CollectionIterationKind, JSObject* prototype);
    CollectionIterator(Shape*, JSObject* collection, OrderedHashTable& data, CollectionIterationKind);

    const char* class_name() const override { return "CollectionIterator"; }
    void visit_edges(Visitor&) override;

    bool is_map_iterator() const;
    // The next iteration result ({ value, done }); once done, always done.
    JSObject* next(VM&);

private:
    JSObject* collection_; // null once the iteration has finished
    OrderedHashTable* data_;
    std::shared_ptr<OrderedHashTable::Cursor> cursor_;
    CollectionIterationKind kind_;
    bool is_map_;
};

} // namespace yjs
