#pragma once
// WeakMap and WeakSet objects (24.3, 24.4): ephemeron tables.
//
// An entry keeps its value alive only while its key is alive, and the table never keeps a key alive. Each
// table registers with the heap a marking constraint (once the table itself is marked, it marks the value
// of every entry whose key is marked; the collector re-runs constraints until nothing new is marked) and a
// weak callback (after marking, it drops the entries whose key died).
#include "heap/heap.h"
#include "runtime/object.h"

#include <unordered_map>

namespace yjs {

// CanBeHeldWeakly(v): an object, or a symbol that is not in the GlobalSymbolRegistry.
bool CanBeHeldWeakly(Value);

class WeakCollection : public JSObject {
public:
    explicit WeakCollection(Shape*);
    ~WeakCollection() override;

    // Keys are the cells of values for which CanBeHeldWeakly is true.
    bool contains(Cell* key) const { return entries_.contains(key); }
    // The value of `key`'s entry, or undefined.
    Value lookup(Cell* key) const;
    void insert(Cell* key, Value value);
    bool erase(Cell* key);
    std::size_t entry_count() const { return entries_.size(); }

private:
    void mark_values_of_live_keys(Visitor&);
    void remove_dead_keys(Heap&);
    void account_memory();

    std::unordered_map<Cell*, Value> entries_;
    Heap::CallbackId constraint_id_ = 0;
    Heap::CallbackId weak_callback_id_ = 0;
    std::size_t reported_bytes_ = 0;
};

// An object with a [[WeakMapData]] internal slot.
class WeakMapObject final : public WeakCollection {
public:
    static WeakMapObject* create(VM&, JSObject* prototype);
    explicit WeakMapObject(Shape* shape) : WeakCollection(shape) {}
    const char* class_name() const override { return "WeakMap"; }
};

// An object with a [[WeakSetData]] internal slot (entries' values are undefined).
class WeakSetObject final : public WeakCollection {
public:
    static WeakSetObject* create(VM&, JSObject* prototype);
    explicit WeakSetObject(Shape* shape) : WeakCollection(shape) {}
    const char* class_name() const override { return "WeakSet"; }
};

} // namespace yjs
