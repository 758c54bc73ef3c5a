#include "builtins/dynamic_function.h"
#include "runtime/abstract_ops.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/js_function.h"

#include <memory>
#include <string>

namespace yjs {

ThrowCompletionOr<JSObject*> CreateDynamicFunction(VM& vm, JSObject* constructor, JSObject* new_target,
                                                   DynamicFunctionKind kind,
                                                   std::span<const Value> parameter_args, Value body_arg) {
    // 1. If newTarget is undefined, set newTarget to constructor.
    if (!new_target) new_target = constructor;
    // 7-8. The parameter strings and the body string, in order.
    std::u16string parameters;
    for (std::size_t i = 0; i < parameter_args.size(); ++i) {
        JSString* parameter = TRY(ToString(vm, parameter_args[i]));
        // 11. P is the parameter strings joined with ",".
        if (i > 0) parameters += u',';
        parameters += parameter->to_u16string();
    }
    JSString* body = TRY(ToString(vm, body_arg));
    // 9. Let currentRealm be the current Realm Record (HostEnsureCanCompileStrings always allows).
    Realm& current_realm = vm.current_realm();
    // 12-20. Parse the parameters, the body and the whole source text (SyntaxError on failure).
    std::u16string body_text = body->to_u16string();
    CodeBlock* code = TRY(compile_dynamic_function(vm, parameters, body_text, kind));
    // 21. Let proto be ? GetPrototypeFromConstructor(newTarget, fallbackProto).
    JSObject* prototype =
        TRY(GetPrototypeFromConstructor(vm, new_target, dynamic_function_fallback_prototype(kind)));
    // 22-24. OrdinaryFunctionCreate in the global environment of the current realm; the kind's "prototype"
    // property (MakeConstructor, or the generator prototype object) comes with it.
    JSFunction* function = JSFunction::create(vm, code, current_realm.global_environment(), prototype);
    // 25. Perform SetFunctionName(F, "anonymous").
    function->define_direct_property(vm, vm.names().name, Value(vm.names().anonymous.as_atom()),
                                     kConfigurable);
    return function;
}

ThrowCompletionOr<Value> dynamic_function_constructor(VM& vm, const NativeCallInfo& call,
                                                      DynamicFunctionKind kind) {
    std::span<const Value> arguments = call.arguments;
    Value body = arguments.empty() ? Value(vm.names().empty_string.as_atom()) : arguments.back();
    std::span<const Value> parameters = arguments.empty() ? arguments : arguments.first(arguments.size() - 1);
    return Value(TRY(CreateDynamicFunction(vm, call.callee, call.new_target, kind, parameters, body)));
}

} // namespace yjs
