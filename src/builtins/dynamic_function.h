#pragma once
// CreateDynamicFunction (ECMA-262 20.2.1.1.1), shared by the Function, GeneratorFunction, AsyncFunction and
// AsyncGeneratorFunction constructors.
#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/realm.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace yjs {

class CodeBlock;
class VM;
enum class DynamicFunctionKind : std::uint8_t; // parser/parser.h

// CreateDynamicFunction(constructor, newTarget, kind, parameterArgs, bodyArg). `new_target` null means
// undefined (a [[Call]] of the constructor).
ThrowCompletionOr<JSObject*> CreateDynamicFunction(VM&, JSObject* constructor, JSObject* new_target,
                                                   DynamicFunctionKind, std::span<const Value> parameter_args,
                                                   Value body_arg);

// The whole behaviour of those four constructors: splits the arguments into parameterArgs and bodyArg (the
// last argument, "" when there is none) and calls CreateDynamicFunction with the active function.
ThrowCompletionOr<Value> dynamic_function_constructor(VM&, const NativeCallInfo&, DynamicFunctionKind);

// The fallbackProto of `kind`: %Function.prototype%, %GeneratorFunction.prototype%, ...
Intrinsic dynamic_function_fallback_prototype(DynamicFunctionKind);

// The parsing steps of CreateDynamicFunction: parses P (the joined parameter strings), the body and the
// synthesized source text, throwing a SyntaxError for any early error, and compiles the function. Returns
// the function's code block (its source is the synthesized text).
ThrowCompletionOr<CodeBlock*> compile_dynamic_function(VM&, std::u16string_view parameters,
                                                       std::u16string_view body, DynamicFunctionKind);

} // namespace yjs
