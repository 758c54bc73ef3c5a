// %Function.prototype% (20.2.3): apply, bind, call, toString, [Symbol.hasInstance]. The object itself, its
// "length"/"name" and the restricted "caller"/"arguments" accessors are created with the realm.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/js_function.h"

#include <cmath>
#include <string>

namespace yjs {

namespace {

// Function.prototype.apply ( thisArg, argArray )
ThrowCompletionOr<Value> function_prototype_apply(VM& vm, const NativeCallInfo& call) {
    Value function = call.this_value;
    if (!IsCallable(function))
        return vm.throw_type_error("Function.prototype.apply was called on " + describe_value(function) +
                                   ", which is not a function");
    Value arg_array = call.argument(1);
    if (arg_array.is_nullish()) return Call(vm, function, call.argument(0));
    MarkedValueVector arguments = TRY(CreateListFromArrayLike(vm, arg_array));
    return Call(vm, function, call.argument(0), arguments.span());
}

// Function.prototype.bind ( thisArg, ...args )
ThrowCompletionOr<Value> function_prototype_bind(VM& vm, const NativeCallInfo& call) {
    Value target_value = call.this_value;
    // 2. If IsCallable(Target) is false, throw a TypeError exception.
    if (!IsCallable(target_value)) return vm.throw_type_error("Bind must be called on a function");
    JSObject* target = target_value.as_object();
    std::span<const Value> args = call.arguments.empty() ? call.arguments : call.arguments.subspan(1);
    // 3. Let F be ? BoundFunctionCreate(Target, thisArg, args).
    BoundFunction* function = TRY(BoundFunction::create(vm, target, call.argument(0), args));
    const CommonNames& names = vm.names();
    // 4-6. L is the target's "length" minus the number of bound arguments (when it is a Number).
    double length = 0;
    if (TRY(target->has_own_property(vm, names.length))) {
        Value target_length = TRY(target->get(vm, names.length));
        if (target_length.is_number()) {
            double number = target_length.as_number();
            if (number == INFINITY) {
                length = INFINITY;
            } else if (number != -INFINITY) {
                double as_int = TRY(ToIntegerOrInfinity(vm, target_length));
                length = std::max(as_int - static_cast<double>(args.size()), 0.0);
            }
        }
    }
    // 7. Perform SetFunctionLength(F, L).
    SetFunctionLength(vm, function, length);
    // 8-10. SetFunctionName(F, targetName, "bound"), targetName being "" unless it is a String.
    Value target_name = TRY(target->get(vm, names.name));
    JSString* name = target_name.is_string() ? target_name.as_string() : names.empty_string.as_atom();
    SetFunctionName(vm, function, PropertyKey::from_string(vm, name), "bound");
    return Value(function);
}

// Function.prototype.call ( thisArg, ...args )
ThrowCompletionOr<Value> function_prototype_call(VM& vm, const NativeCallInfo& call) {
    Value function = call.this_value;
    if (!IsCallable(function))
        return vm.throw_type_error("Function.prototype.call was called on " + describe_value(function) +
                                   ", which is not a function");
    std::span<const Value> args = call.arguments.empty() ? call.arguments : call.arguments.subspan(1);
    return Call(vm, function, call.argument(0), args);
}

// Function.prototype.toString ( )
bool is_identifier_name(std::u16string_view name) {
    if (name.empty()) return false;
    for (std::size_t i = 0; i < name.size();) {
        CodePoint cp = code_point_at(name, i);
        if (!(i == 0 ? is_id_start(cp.code_point) : is_id_continue(cp.code_point))) return false;
        i += cp.code_unit_count;
    }
    return true;
}

// [[InitialName]] as the NativeFunctionAccessor_opt PropertyName of a NativeFunction. A name that is
// neither an IdentifierName nor a computed name (the "$&" of the legacy RegExp accessor "get $&") cannot
// appear as it is; it is written as the computed name ["$&"] so the result keeps the NativeFunction syntax.
std::u16string native_function_name(std::u16string name) {
    std::size_t accessor = name.starts_with(u"get ") || name.starts_with(u"set ") ? 4 : 0;
    std::u16string_view property(std::u16string_view(name).substr(accessor));
    if (property.empty() || property.front() == u'[' || is_identifier_name(property)) return name;
    std::u16string result = name.substr(0, accessor) + u"[\"";
    for (char16_t c : property) {
        if (c == u'"' || c == u'\\') result += u'\\';
        result += c;
    }
    return result + u"\"]";
}

ThrowCompletionOr<Value> function_prototype_to_string(VM& vm, const NativeCallInfo& call) {
    Value function = call.this_value;
    // 2. A function with [[SourceText]]: the exact source slice it was created from.
    if (JSFunction* js_function = as_js_function(function)) {
        const CodeBlock* code = js_function->code_block();
        if (code->source && code->source_end > code->source_start &&
            code->source_end <= code->source->text.size()) {
            std::u16string_view text(code->source->text);
            return Value(
                JSString::create(vm, text.substr(code->source_start, code->source_end - code->source_start)));
        }
    }
    if (!IsCallable(function))
        return vm.throw_type_error("Function.prototype.toString requires that 'this' be a Function");
    // 3-4. Built-in and other callables: a NativeFunction with the [[InitialName]] when there is one.
    std::u16string result = u"function ";
    if (auto* native = as_if<NativeFunction>(function); native && native->initial_name())
        result += native_function_name(native->initial_name()->to_u16string());
    result += u"() { [native code] }";
    return Value(JSString::create(vm, result));
}

// Function.prototype [ %Symbol.hasInstance% ] ( V )
ThrowCompletionOr<Value> function_prototype_has_instance(VM& vm, const NativeCallInfo& call) {
    return Value::boolean(TRY(OrdinaryHasInstance(vm, call.this_value, call.argument(0))));
}

} // namespace

void initialize_function_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::FunctionPrototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "apply"),
                                      function_prototype_apply, 2);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "bind"), function_prototype_bind,
                                      1);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "call"), function_prototype_call,
                                      1);
    prototype->define_native_function(vm, realm, vm.names().toString, function_prototype_to_string, 0);
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().hasInstance,
                         function_prototype_has_instance, 1, 0);
}

} // namespace yjs
