#pragma once
// FinalizationRegistry objects (26.2): [[Cells]] records of a weakly held target, a strongly held held value
// and a weakly held unregister token, and the [[CleanupCallback]] called with the held value of each target
// the collector found dead.
//
// The collection only notices: a weak callback empties the [[WeakRefTarget]] of the dead cells and, through
// VM::enqueue_finalization_cleanup, asks the host for a cleanup job
// (HostEnqueueFinalizationRegistryCleanupJob). The callbacks run later, in that job. A registry that is
// itself unreachable is not looked at, so its callbacks never run.
#include "heap/heap.h"
#include "runtime/object.h"

#include <vector>

namespace yjs {

class FinalizationRegistryObject final : public JSObject {
public:
    static FinalizationRegistryObject* create(VM&, JSObject* prototype, JSObject* cleanup_callback);
    FinalizationRegistryObject(Shape*, VM&, JSObject* cleanup_callback);
    ~FinalizationRegistryObject() override;
    const char* class_name() const override { return "FinalizationRegistry"; }
    void visit_edges(Visitor&) override;

    // register(): appends a cell. `unregister_token` is undefined or satisfies CanBeHeldWeakly.
    void add_cell(Value target, Value held_value, Value unregister_token);
    // unregister(): removes the cells whose token is `unregister_token`; whether there were any.
    bool remove_cells(Value unregister_token);

    friend ThrowCompletionOr<void> CleanupFinalizationRegistry(VM&, JSObject* registry);

private:
    struct Record {
        Value target;           // weak; undefined once collected
        Value held_value;       // strong
        Value unregister_token; // weak; undefined when none (or collected)
    };
    // After marking: empties the targets and tokens that died; queues a cleanup job if a target did.
    void clear_dead_cells(Heap&);

    VM& vm_;
    JSObject* cleanup_callback_;
    std::vector<Record> cells_;
    Heap::CallbackId weak_callback_id_ = 0;
};

// CleanupFinalizationRegistry ( finalizationRegistry ): calls the cleanup callback with the held value of
// each cell whose target is gone, removing the cell first.
ThrowCompletionOr<void> CleanupFinalizationRegistry(VM&, JSObject* registry);

} // namespace yjs
