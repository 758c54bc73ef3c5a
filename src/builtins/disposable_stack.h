#pragma once
// DisposableStack and AsyncDisposableStack objects (27.3, 27.4): a [[DisposableState]] (pending or
// disposed) and a [[DisposeCapability]].
#include "runtime/disposal.h"
#include "runtime/object.h"

namespace yjs {
class NativeFunction;
}

namespace yjs {

class DisposableStackObject final : public JSObject {
public:
    static DisposableStackObject* create(VM&, JSObject* prototype);
    explicit DisposableStackObject(Shape*);
    const char* class_name() const override { return "DisposableStack"; }
    void visit_edges(Visitor& visitor) override {
        JSObject::visit_edges(visitor);
        capability.visit(visitor);
    }

    bool disposed = false;
    DisposeCapability capability;
};

class AsyncDisposableStackObject final : public JSObject {
public:
    static AsyncDisposableStackObject* create(VM&, JSObject* prototype);
    explicit AsyncDisposableStackObject(Shape*);
    const char* class_name() const override { return "AsyncDisposableStack"; }
    void visit_edges(Visitor& visitor) override {
        JSObject::visit_edges(visitor);
        capability.visit(visitor);
    }

    bool disposed = false;
    DisposeCapability capability;
};

// The function adopt(value, onDispose) of both stacks registers: CreateBuiltinFunction with 0, "" of the
// closure "Return ? Call(onDispose, undefined, « value »)".
NativeFunction* CreateAdoptClosure(VM&, Value on_dispose, Value value);

} // namespace yjs
