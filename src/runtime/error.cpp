#include "runtime/error.h"

#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "vm/interpreter.h"

#include <string>

namespace yjs {

namespace {

// The string value of data property `key` found on `object` or its prototypes, reading storage only
// (no getters, no proxies); null when there is none or it is not a string.
JSString* find_string_property(JSObject* object, PropertyKey key) {
    for (JSObject* o = object; o && o->has_ordinary_lookup(); o = o->prototype()) {
        auto own = o->lookup_own_storage(key);
        if (!own) continue;
        if ((own->attributes & kAccessor) || !own->value.is_string()) return nullptr;
        return own->value.as_string();
    }
    return nullptr;
}

} // namespace

Intrinsic error_prototype_intrinsic(ErrorType type) {
    switch (type) {
    case ErrorType::Error:
        return Intrinsic::ErrorPrototype;
    case ErrorType::EvalError:
        return Intrinsic::EvalErrorPrototype;
    case ErrorType::RangeError:
        return Intrinsic::RangeErrorPrototype;
    case ErrorType::ReferenceError:
        return Intrinsic::ReferenceErrorPrototype;
    case ErrorType::SyntaxError:
        return Intrinsic::SyntaxErrorPrototype;
    case ErrorType::TypeError:
        return Intrinsic::TypeErrorPrototype;
    case ErrorType::URIError:
        return Intrinsic::URIErrorPrototype;
    }
    return Intrinsic::ErrorPrototype;
}

JSString* format_stack_trace(VM& vm, std::string_view header) {
    std::string stack(header);
    for (const StackTraceEntry& frame : vm.interpreter().capture_stack_trace()) {
        stack += "\n    at ";
        if (frame.is_native) {
            stack += (frame.function_name.empty() ? std::string("<anonymous>") : frame.function_name) +
                     " (native)";
            continue;
        }
        std::string location = (frame.url.empty() ? std::string("<anonymous>") : frame.url) + ":" +
                               std::to_string(frame.line) + ":" + std::to_string(frame.column);
        if (frame.function_name.empty() && !frame.is_constructor) {
            stack += location;
            continue;
        }
        if (frame.is_constructor) stack += "new ";
        stack += (frame.function_name.empty() ? std::string("<anonymous>") : frame.function_name) + " (" +
                 location + ")";
    }
    return JSString::from_utf8(vm, stack);
}

ErrorObject* ErrorObject::create(VM& vm, Realm& realm, ErrorType type, JSString* message) {
    return create(vm, realm.intrinsic(error_prototype_intrinsic(type)), message);
}

ErrorObject* ErrorObject::create(VM& vm, JSObject* prototype, JSString* message) {
    auto* error = vm.heap().allocate<ErrorObject>(Shape::create_root(vm, prototype));
    if (message) error->define_direct_property(vm, vm.names().message, message, kBuiltinAttributes);
    error->capture_stack_trace(vm);
    return error;
}

ErrorObject::ErrorObject(Shape* shape) : JSObject(shape) {
    set_ordinary_methods(true, true);
}

void ErrorObject::capture_stack_trace(VM& vm) {
    // Header: what Error.prototype.toString would return (name defaults to "Error", message to "").
    JSString* name = find_string_property(this, vm.names().name);
    JSString* message = find_string_property(this, vm.names().message);
    std::string name_text = name ? name->to_utf8() : "Error";
    std::string message_text = message ? message->to_utf8() : "";
    std::string stack;
    if (name_text.empty())
        stack = message_text;
    else if (message_text.empty())
        stack = name_text;
    else
        stack = name_text + ": " + message_text;

    stack_trace_ = format_stack_trace(vm, stack);
}

void ErrorObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(stack_trace_);
}

} // namespace yjs
