#pragma once
// The built-in library registry and the helpers built-in files use to install their objects.
//
// Realm::create() makes %Object.prototype%, %Function.prototype%, %ThrowTypeError%, the global object and
// its value properties (globalThis, Infinity, NaN, undefined), then calls initialize_builtins(), which runs
// one initializer per built-in file in the order of YJS_BUILTIN_INITIALIZERS. Each file defines
//
//     void initialize_<name>(VM&, Realm&);
//
// that creates its objects, records them with realm.set_intrinsic(...) and defines the global bindings.
// Objects other files link to (prototypes, %IteratorPrototype%, ...) must be initialised before those
// files, so keep prototypes ahead of constructors and shared prototypes ahead of their users.
#include "runtime/function.h"
#include "runtime/realm.h"

#include <cstdint>
#include <string_view>

namespace yjs {

class VM;

// V(name) declares and calls initialize_<name>(VM&, Realm&). Add one line per built-in file.
#define YJS_BUILTIN_INITIALIZERS(V)                                                                          \
    V(object_prototype)                                                                                      \
    V(function_prototype)                                                                                    \
    V(error_prototypes)                                                                                      \
    V(symbol_prototype)                                                                                      \
    V(object_constructor)                                                                                    \
    V(function_constructor)                                                                                  \
    V(error_constructors)                                                                                    \
    V(suppressed_error_constructor)                                                                          \
    V(symbol_constructor)                                                                                    \
    V(boolean)                                                                                               \
    V(global_functions)                                                                                      \
    V(uri_functions)                                                                                         \
    V(global_functions_annex_b)                                                                              \
    V(reflect)                                                                                               \
    V(proxy_constructor)                                                                                     \
    V(iterator_prototype)                                                                                    \
    V(iterator_helper_prototype)                                                                             \
    V(wrap_for_valid_iterator_prototype)                                                                     \
    V(iterator_constructor)                                                                                  \
    V(array_iterator_prototype)                                                                              \
    V(array_prototype)                                                                                       \
    V(array_constructor)                                                                                     \
    V(array_buffer_constructor)                                                                              \
    V(shared_array_buffer)                                                                                   \
    V(typed_array_prototype)                                                                                 \
    V(typed_array_constructors)                                                                              \
    V(data_view)                                                                                             \
    V(atomics_object)                                                                                        \
    V(map_iterator_prototype)                                                                                \
    V(map_prototype)                                                                                         \
    V(map_constructor)                                                                                       \
    V(set_iterator_prototype)                                                                                \
    V(set_prototype)                                                                                         \
    V(set_constructor)                                                                                       \
    V(weak_map_prototype)                                                                                    \
    V(weak_map_constructor)                                                                                  \
    V(weak_set_prototype)                                                                                    \
    V(weak_set_constructor)                                                                                  \
    V(weak_ref_prototype)                                                                                    \
    V(weak_ref_constructor)                                                                                  \
    V(finalization_registry_prototype)                                                                       \
    V(finalization_registry_constructor)                                                                     \
    V(disposable_stack_prototype)                                                                            \
    V(disposable_stack_constructor)                                                                          \
    V(async_disposable_stack_prototype)                                                                      \
    V(async_disposable_stack_constructor)                                                                    \
    V(generator_prototype)                                                                                   \
    V(generator_function_constructor)                                                                        \
    V(string_prototype)                                                                                      \
    V(string_iterator_prototype)                                                                             \
    V(string_constructor)                                                                                    \
    V(regexp_prototype)                                                                                      \
    V(regexp_string_iterator_prototype)                                                                      \
    V(regexp_constructor)                                                                                    \
    V(number_prototype)                                                                                      \
    V(number_constructor)                                                                                    \
    V(bigint_prototype)                                                                                      \
    V(bigint_constructor)                                                                                    \
    V(math_object)                                                                                           \
    V(json_object)                                                                                           \
    V(date_prototype)                                                                                        \
    V(date_constructor)                                                                                      \
    V(promise_prototype)                                                                                     \
    V(promise_constructor)                                                                                   \
    V(async_function_prototype)                                                                              \
    V(async_function_constructor)                                                                            \
    V(async_iterator_prototype)                                                                              \
    V(async_from_sync_iterator_prototype)                                                                    \
    V(async_generator_prototype)                                                                             \
    V(async_generator_function_constructor)                                                                  \
    V(array_from_async)                                                                                      \
    V(abstract_module_source)

#define YJS_DECLARE_BUILTIN_INITIALIZER(name) void initialize_##name(VM&, Realm&);
YJS_BUILTIN_INITIALIZERS(YJS_DECLARE_BUILTIN_INITIALIZER)
#undef YJS_DECLARE_BUILTIN_INITIALIZER

// Installs every built-in object of `realm` (the global object must exist).
void initialize_builtins(VM&, Realm&);

// --- Helpers for built-in files ---

// A built-in constructor: CreateBuiltinFunction(behaviour, length, name) with a [[Construct]], its
// "prototype" property { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false } set to
// `prototype` (when not null) and `prototype`'s "constructor" { [[Writable]]: true, [[Enumerable]]: false,
// [[Configurable]]: true } set back to it; recorded as intrinsic `slot`. `function_prototype` is the
// constructor's [[Prototype]] (null: %Function.prototype%; %TypedArray% subclasses and the native errors
// pass their parent constructor).
NativeFunction* make_constructor(VM&, Realm&, std::string_view name, NativeFunctionPointer,
                                 std::uint32_t length, JSObject* prototype, Intrinsic slot,
                                 JSObject* function_prototype = nullptr);

// An ordinary object for a prototype (or namespace object such as %Math%) with [[Prototype]] `prototype`
// (null: %Object.prototype%), recorded as intrinsic `slot`.
JSObject* make_intrinsic_object(VM&, Realm&, Intrinsic slot, JSObject* prototype = nullptr);

// Defines `name` on the realm's global object: { [[Writable]]: true, [[Enumerable]]: false,
// [[Configurable]]: true } (19.1 "other properties of the global object").
void define_global_property(VM&, Realm&, std::string_view name, Value);

// The TypeError of a RequireInternalSlot check on `this`, with V8's message:
// "Method <method> called on incompatible receiver <receiver>".
ThrowCompletion throw_incompatible_receiver(VM&, std::string_view method, Value receiver);

// Defines %Symbol.toStringTag% as `tag`: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true
// }.
void define_to_string_tag(VM&, JSObject*, std::string_view tag);

// Defines a built-in method keyed by a well-known symbol, e.g. [Symbol.iterator]; the function's name is
// "[Symbol.iterator]". `attributes` default to the built-in method attributes.
JSObject* define_symbol_method(VM&, Realm&, JSObject*, Symbol*, NativeFunctionPointer, std::uint32_t length,
                               PropertyAttributes = kBuiltinAttributes);

} // namespace yjs
