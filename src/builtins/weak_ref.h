#pragma once
// WeakRef objects (26.1): an object with a [[WeakRefTarget]] that the collector clears once nothing but weak
// references reach the target.
#include "heap/heap.h"
#include "runtime/object.h"

namespace yjs {

class WeakRefObject final : public JSObject {
public:
    // The WeakRef's target must satisfy CanBeHeldWeakly.
    static WeakRefObject* create(VM&, JSObject* prototype, Value target);
    WeakRefObject(Shape*, Value target);
    ~WeakRefObject() override;
    const char* class_name() const override { return "WeakRef"; }

    // [[WeakRefTarget]]: the target, or undefined once it has been collected.
    Value target() const { return target_; }

private:
    // After marking: clears the target if it was not marked (and this WeakRef was).
    void clear_dead_target(Heap&);

    Value target_; // not visited: the reference is weak
    Heap::CallbackId weak_callback_id_ = 0;
};

} // namespace yjs
