#pragma once
// A realm: a global object, a global environment, and one set of intrinsic objects (9.3).
#include "heap/cell.h"

#include <array>
#include <cstdint>

namespace yjs {

class Shape;

class VM;
class JSObject;
class GlobalEnvironment;

// Every intrinsic the engine keeps a direct reference to, as (EnumName, "%Spec.name%").
// Built-in files look them up with realm.intrinsic(Intrinsic::ArrayPrototype).
#define YJS_INTRINSICS(V)                                                                                    \
    V(ObjectPrototype, "%Object.prototype%")                                                                 \
    V(ObjectConstructor, "%Object%")                                                                         \
    V(FunctionPrototype, "%Function.prototype%")                                                             \
    V(FunctionConstructor, "%Function%")                                                                     \
    V(ThrowTypeError, "%ThrowTypeError%")                                                                    \
    V(ArrayPrototype, "%Array.prototype%")                                                                   \
    V(ArrayConstructor, "%Array%")                                                                           \
    V(ArrayPrototypeValues, "%Array.prototype.values%")                                                      \
    V(ArrayIteratorPrototype, "%ArrayIteratorPrototype%")                                                    \
    V(StringPrototype, "%String.prototype%")                                                                 \
    V(StringConstructor, "%String%")                                                                         \
    V(StringIteratorPrototype, "%StringIteratorPrototype%")                                                  \
    V(NumberPrototype, "%Number.prototype%")                                                                 \
    V(NumberConstructor, "%Number%")                                                                         \
    V(BooleanPrototype, "%Boolean.prototype%")                                                               \
    V(BooleanConstructor, "%Boolean%")                                                                       \
    V(SymbolPrototype, "%Symbol.prototype%")                                                                 \
    V(SymbolConstructor, "%Symbol%")                                                                         \
    V(BigIntPrototype, "%BigInt.prototype%")                                                                 \
    V(BigIntConstructor, "%BigInt%")                                                                         \
    V(ErrorPrototype, "%Error.prototype%")                                                                   \
    V(ErrorConstructor, "%Error%")                                                                           \
    V(EvalErrorPrototype, "%EvalError.prototype%")                                                           \
    V(EvalErrorConstructor, "%EvalError%")                                                                   \
    V(RangeErrorPrototype, "%RangeError.prototype%")                                                         \
    V(RangeErrorConstructor, "%RangeError%")                                                                 \
    V(ReferenceErrorPrototype, "%ReferenceError.prototype%")                                                 \
    V(ReferenceErrorConstructor, "%ReferenceError%")                                                         \
    V(SyntaxErrorPrototype, "%SyntaxError.prototype%")                                                       \
    V(SyntaxErrorConstructor, "%SyntaxError%")                                                               \
    V(TypeErrorPrototype, "%TypeError.prototype%")                                                           \
    V(TypeErrorConstructor, "%TypeError%")                                                                   \
    V(URIErrorPrototype, "%URIError.prototype%")                                                             \
    V(URIErrorConstructor, "%URIError%")                                                                     \
    V(AggregateErrorPrototype, "%AggregateError.prototype%")                                                 \
    V(AggregateErrorConstructor, "%AggregateError%")                                                         \
    V(SuppressedErrorPrototype, "%SuppressedError.prototype%")                                               \
    V(SuppressedErrorConstructor, "%SuppressedError%")                                                       \
    V(IteratorPrototype, "%Iterator.prototype%")                                                             \
    V(IteratorConstructor, "%Iterator%")                                                                     \
    V(IteratorHelperPrototype, "%IteratorHelperPrototype%")                                                  \
    V(WrapForValidIteratorPrototype, "%WrapForValidIteratorPrototype%")                                      \
    V(AsyncIteratorPrototype, "%AsyncIteratorPrototype%")                                                    \
    V(AsyncFromSyncIteratorPrototype, "%AsyncFromSyncIteratorPrototype%")                                    \
    V(GeneratorFunctionPrototype, "%GeneratorFunction.prototype%")                                           \
    V(GeneratorFunctionConstructor, "%GeneratorFunction%")                                                   \
    V(GeneratorPrototype, "%GeneratorFunction.prototype.prototype%")                                         \
    V(AsyncGeneratorFunctionPrototype, "%AsyncGeneratorFunction.prototype%")                                 \
    V(AsyncGeneratorFunctionConstructor, "%AsyncGeneratorFunction%")                                         \
    V(AsyncGeneratorPrototype, "%AsyncGeneratorFunction.prototype.prototype%")                               \
    V(AsyncFunctionPrototype, "%AsyncFunction.prototype%")                                                   \
    V(AsyncFunctionConstructor, "%AsyncFunction%")                                                           \
    V(PromisePrototype, "%Promise.prototype%")                                                               \
    V(PromiseConstructor, "%Promise%")                                                                       \
    V(MapPrototype, "%Map.prototype%")                                                                       \
    V(MapConstructor, "%Map%")                                                                               \
    V(MapIteratorPrototype, "%MapIteratorPrototype%")                                                        \
    V(SetPrototype, "%Set.prototype%")                                                                       \
    V(SetConstructor, "%Set%")                                                                               \
    V(SetIteratorPrototype, "%SetIteratorPrototype%")                                                        \
    V(WeakMapPrototype, "%WeakMap.prototype%")                                                               \
    V(WeakMapConstructor, "%WeakMap%")                                                                       \
    V(WeakSetPrototype, "%WeakSet.prototype%")                                                               \
    V(WeakSetConstructor, "%WeakSet%")                                                                       \
    V(WeakRefPrototype, "%WeakRef.prototype%")                                                               \
    V(WeakRefConstructor, "%WeakRef%")                                                                       \
    V(FinalizationRegistryPrototype, "%FinalizationRegistry.prototype%")                                     \
    V(FinalizationRegistryConstructor, "%FinalizationRegistry%")                                             \
    V(DisposableStackPrototype, "%DisposableStack.prototype%")                                               \
    V(DisposableStackConstructor, "%DisposableStack%")                                                       \
    V(AsyncDisposableStackPrototype, "%AsyncDisposableStack.prototype%")                                     \
    V(AsyncDisposableStackConstructor, "%AsyncDisposableStack%")                                             \
    V(RegExpPrototype, "%RegExp.prototype%")                                                                 \
    V(RegExpConstructor, "%RegExp%")                                                                         \
    V(RegExpStringIteratorPrototype, "%RegExpStringIteratorPrototype%")                                      \
    V(DatePrototype, "%Date.prototype%")                                                                     \
    V(DateConstructor, "%Date%")                                                                             \
    V(ProxyConstructor, "%Proxy%")                                                                           \
    V(ReflectObject, "%Reflect%")                                                                            \
    V(MathObject, "%Math%")                                                                                  \
    V(JSONObject, "%JSON%")                                                                                  \
    V(Eval, "%eval%")                                                                                        \
    V(AbstractModuleSourcePrototype, "%AbstractModuleSource.prototype%")                                     \
    V(AbstractModuleSourceConstructor, "%AbstractModuleSource%")                                             \
    V(ArrayBufferPrototype, "%ArrayBuffer.prototype%")                                                       \
    V(ArrayBufferConstructor, "%ArrayBuffer%")                                                               \
    V(SharedArrayBufferPrototype, "%SharedArrayBuffer.prototype%")                                           \
    V(SharedArrayBufferConstructor, "%SharedArrayBuffer%")                                                   \
    V(DataViewPrototype, "%DataView.prototype%")                                                             \
    V(DataViewConstructor, "%DataView%")                                                                     \
    V(TypedArrayPrototype, "%TypedArray.prototype%")                                                         \
    V(TypedArrayConstructor, "%TypedArray%")                                                                 \
    V(Int8ArrayPrototype, "%Int8Array.prototype%")                                                           \
    V(Int8ArrayConstructor, "%Int8Array%")                                                                   \
    V(Uint8ArrayPrototype, "%Uint8Array.prototype%")                                                         \
    V(Uint8ArrayConstructor, "%Uint8Array%")                                                                 \
    V(Uint8ClampedArrayPrototype, "%Uint8ClampedArray.prototype%")                                           \
    V(Uint8ClampedArrayConstructor, "%Uint8ClampedArray%")                                                   \
    V(Int16ArrayPrototype, "%Int16Array.prototype%")                                                         \
    V(Int16ArrayConstructor, "%Int16Array%")                                                                 \
    V(Uint16ArrayPrototype, "%Uint16Array.prototype%")                                                       \
    V(Uint16ArrayConstructor, "%Uint16Array%")                                                               \
    V(Int32ArrayPrototype, "%Int32Array.prototype%")                                                         \
    V(Int32ArrayConstructor, "%Int32Array%")                                                                 \
    V(Uint32ArrayPrototype, "%Uint32Array.prototype%")                                                       \
    V(Uint32ArrayConstructor, "%Uint32Array%")                                                               \
    V(Float16ArrayPrototype, "%Float16Array.prototype%")                                                     \
    V(Float16ArrayConstructor, "%Float16Array%")                                                             \
    V(Float32ArrayPrototype, "%Float32Array.prototype%")                                                     \
    V(Float32ArrayConstructor, "%Float32Array%")                                                             \
    V(Float64ArrayPrototype, "%Float64Array.prototype%")                                                     \
    V(Float64ArrayConstructor, "%Float64Array%")                                                             \
    V(BigInt64ArrayPrototype, "%BigInt64Array.prototype%")                                                   \
    V(BigInt64ArrayConstructor, "%BigInt64Array%")                                                           \
    V(BigUint64ArrayPrototype, "%BigUint64Array.prototype%")                                                 \
    V(BigUint64ArrayConstructor, "%BigUint64Array%")

enum class Intrinsic : std::uint16_t {
#define YJS_DECLARE_INTRINSIC(name, spec_name) name,
    YJS_INTRINSICS(YJS_DECLARE_INTRINSIC)
#undef YJS_DECLARE_INTRINSIC
        Count
};

class Realm final : public Cell {
public:
    // CreateRealm + SetRealmGlobalObject + SetDefaultGlobalBindings: a ready-to-use realm with every
    // built-in installed on its global object.
    static Realm* create(VM&);
    Realm() = default;

    JSObject* intrinsic(Intrinsic which) const { return intrinsics_[static_cast<std::size_t>(which)]; }
    void set_intrinsic(Intrinsic which, JSObject* object) { intrinsics_[static_cast<std::size_t>(which)] = object; }
    JSObject* global_object() const { return global_object_; }
    GlobalEnvironment* global_environment() const { return global_environment_; }
    void set_global_object(JSObject* global) { global_object_ = global; }
    void set_global_environment(GlobalEnvironment* environment) { global_environment_ = environment; }
    // Host-defined slot (the CLI keeps its $262 object here, etc.).
    Cell* host_defined() const { return host_defined_; }
    void set_host_defined(Cell* cell) { host_defined_ = cell; }
    // The shape of CreateIterResultObject's objects ({ value, done } on %Object.prototype%); null until the
    // first one is created.
    Shape* iter_result_shape() const { return iter_result_shape_; }
    void set_iter_result_shape(Shape* shape) { iter_result_shape_ = shape; }

    const char* class_name() const override { return "Realm"; }
    void visit_edges(Visitor&) override;

private:
    std::array<JSObject*, static_cast<std::size_t>(Intrinsic::Count)> intrinsics_{};
    JSObject* global_object_ = nullptr;
    GlobalEnvironment* global_environment_ = nullptr;
    Cell* host_defined_ = nullptr;
    Shape* iter_result_shape_ = nullptr;
};

} // namespace yjs
