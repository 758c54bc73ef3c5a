#pragma once
// Error objects: ordinary objects with an [[ErrorData]] slot (20.5).
//
// Creation installs "message" (when given) as a non-enumerable own property and captures a V8/Node-style
// stack trace from the interpreter into an internal slot, which the Error.prototype.stack accessor returns
// (proposal-error-stack-accessor; errors have no own "stack" property):
//     TypeError: x is not a function
//         at f (file.js:3:5)
//         at new C (file.js:9:3)
//         at file.js:12:1
#include "runtime/object.h"
#include "runtime/vm.h"

#include <string_view>

namespace yjs {

class JSString;

class ErrorObject final : public JSObject {
public:
    // An error of `type` with the realm's intrinsic prototype (%TypeError.prototype%, ...). `message` null
    // means no "message" own property.
    static ErrorObject* create(VM&, Realm&, ErrorType, JSString* message);
    // An error with an explicit [[Prototype]] (the Error constructors, after GetPrototypeFromConstructor).
    static ErrorObject* create(VM&, JSObject* prototype, JSString* message);
    explicit ErrorObject(Shape*);

    const char* class_name() const override { return "Error"; }
    BuiltinTag builtin_tag() const override { return BuiltinTag::Error; }

    void visit_edges(Visitor&) override;

    // (Re)captures the stack trace: a header like Error.prototype.toString would give now (name from the
    // prototype chain without running getters, then the message) and the interpreter's frames.
    void capture_stack_trace(VM&);
    // The captured stack trace (what get Error.prototype.stack returns).
    JSString* stack_trace() const { return stack_trace_; }

private:
    JSString* stack_trace_ = nullptr;
};

// A V8/Node-style "stack" string: `header` (what Error.prototype.toString gives for the error) followed by
// one "    at ..." line per frame of the interpreter's current stack (Error.captureStackTrace uses it too).
JSString* format_stack_trace(VM&, std::string_view header);

// The intrinsic prototype of each native error type.
Intrinsic error_prototype_intrinsic(ErrorType);

} // namespace yjs
