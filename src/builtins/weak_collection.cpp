// Ephemeron tables for WeakMap and WeakSet.
#include "builtins/weak_collection.h"

#include "runtime/shape.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

namespace yjs {

namespace {
// Approximate malloc'd bytes per entry of the node-based map (node, bucket pointer).
constexpr std::size_t kEntryBytes = 48;
} // namespace

bool CanBeHeldWeakly(Value value) {
    // 1. If v is an Object, return true.
    if (value.is_object()) return true;
    // 2. If v is a Symbol and KeyForSymbol(v) is undefined, return true.
    if (value.is_symbol()) return !value.as_symbol()->is_registered();
    return false;
}

WeakCollection::WeakCollection(Shape* shape) : JSObject(shape) {
    set_ordinary_methods(true, true);
    Heap& heap = Heap::of(this);
    constraint_id_ =
        heap.add_marking_constraint([this](Visitor& visitor) { mark_values_of_live_keys(visitor); });
    weak_callback_id_ = heap.add_weak_callback([this](Heap& heap) { remove_dead_keys(heap); });
}

WeakCollection::~WeakCollection() {
    Heap& heap = Heap::of(this);
    heap.remove_marking_constraint(constraint_id_);
    heap.remove_weak_callback(weak_callback_id_);
    if (reported_bytes_) heap.did_free_external(reported_bytes_);
}

void WeakCollection::mark_values_of_live_keys(Visitor& visitor) {
    Heap& heap = Heap::of(this);
    // A table that is not (yet) reachable keeps nothing alive; the collector calls again after each
    // round that marked something, so a table marked later is handled then.
    if (!heap.is_marked(this)) return;
    for (auto& [key, value] : entries_) {
        if (value.is_cell() && heap.is_marked(key)) visitor.visit(value);
    }
}

void WeakCollection::remove_dead_keys(Heap& heap) {
    if (!heap.is_marked(this)) return; // dead itself: its destructor frees the entries
    std::size_t before = entries_.size();
    std::erase_if(entries_, [&heap](const auto& entry) { return !heap.is_marked(entry.first); });
    if (entries_.size() != before) account_memory();
}

Value WeakCollection::lookup(Cell* key) const {
    auto found = entries_.find(key);
    return found == entries_.end() ? Value::undefined() : found->second;
}

void WeakCollection::insert(Cell* key, Value value) {
    entries_.insert_or_assign(key, value);
    account_memory();
}

bool WeakCollection::erase(Cell* key) {
    if (!entries_.erase(key)) return false;
    account_memory();
    return true;
}

void WeakCollection::account_memory() {
    Heap& heap = Heap::of(this);
    std::size_t bytes = entries_.size() * kEntryBytes;
    if (bytes > reported_bytes_)
        heap.did_allocate_external(bytes - reported_bytes_);
    else if (bytes < reported_bytes_)
        heap.did_free_external(reported_bytes_ - bytes);
    reported_bytes_ = bytes;
}

WeakMapObject* WeakMapObject::create(VM& vm, JSObject* prototype) {
    return vm.heap().allocate<WeakMapObject>(Shape::create_root(vm, prototype));
}

WeakSetObject* WeakSetObject::create(VM& vm, JSObject* prototype) {
    return vm.heap().allocate<WeakSetObject>(Shape::create_root(vm, prototype));
}

} // namespace yjs
