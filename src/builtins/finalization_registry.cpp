// FinalizationRegistry objects and CleanupFinalizationRegistry (9.13).
#include "builtins/finalization_registry.h"

#include "runtime/abstract_ops.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

namespace yjs {

FinalizationRegistryObject* FinalizationRegistryObject::create(VM& vm, JSObject* prototype,
                                                               JSObject* cleanup_callback) {
    return vm.heap().allocate<FinalizationRegistryObject>(Shape::create_root(vm, prototype), vm,
                                                          cleanup_callback);
}

FinalizationRegistryObject::FinalizationRegistryObject(Shape* shape, VM& vm, JSObject* cleanup_callback)
    : JSObject(shape), vm_(vm), cleanup_callback_(cleanup_callback) {
    set_ordinary_methods(true, true);
    weak_callback_id_ = Heap::of(this).add_weak_callback([this](Heap& heap) { clear_dead_cells(heap); });
}

FinalizationRegistryObject::~FinalizationRegistryObject() {
    Heap::of(this).remove_weak_callback(weak_callback_id_);
}

void FinalizationRegistryObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(cleanup_callback_);
    for (const Record& record : cells_)
        visitor.visit(record.held_value);
}

void FinalizationRegistryObject::add_cell(Value target, Value held_value, Value unregister_token) {
    cells_.push_back(Record{target, held_value, unregister_token});
}

bool FinalizationRegistryObject::remove_cells(Value unregister_token) {
    std::size_t before = cells_.size();
    std::erase_if(cells_, [unregister_token](const Record& record) {
        return record.unregister_token.is_cell() &&
               record.unregister_token.as_cell() == unregister_token.as_cell();
    });
    return cells_.size() != before;
}

void FinalizationRegistryObject::clear_dead_cells(Heap& heap) {
    if (!heap.is_marked(this)) return;
    bool emptied = false;
    for (Record& record : cells_) {
        if (record.target.is_cell() && !heap.is_marked(record.target.as_cell())) {
            record.target = Value::undefined();
            emptied = true;
        }
        if (record.unregister_token.is_cell() && !heap.is_marked(record.unregister_token.as_cell()))
            record.unregister_token = Value::undefined();
    }
    if (emptied) vm_.enqueue_finalization_cleanup(this);
}

ThrowCompletionOr<void> CleanupFinalizationRegistry(VM& vm, JSObject* object) {
    auto* registry = static_cast<FinalizationRegistryObject*>(object);
    // 3. While finalizationRegistry.[[Cells]] contains a Record cell such that cell.[[WeakRefTarget]] is
    // empty:
    for (;;) {
        auto found = std::find_if(registry->cells_.begin(), registry->cells_.end(),
                                  [](const auto& record) { return !record.target.is_cell(); });
        if (found == registry->cells_.end()) return {};
        // a-b. Remove cell from finalizationRegistry.[[Cells]].
        Value held_value = found->held_value;
        registry->cells_.erase(found);
        // c. Perform ? HostCallJobCallback(callback, undefined, « cell.[[HeldValue]] »).
        TRY(Call(vm, registry->cleanup_callback_, Value::undefined(),
                 std::span<const Value>(&held_value, 1)));
    }
}

} // namespace yjs
