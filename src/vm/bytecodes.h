#pragma once
// The bytecode table. This one X-macro list drives the emitter (src/compiler), the interpreter's dispatch
// (src/vm/interpreter.cpp) and the disassembler (--print-bytecode).
//
// Machine model: a register machine with an accumulator, after V8's Ignition. Most instructions read
// and/or write the accumulator (acc). A frame's registers r0..rN-1 are numbered from 0; the first
// `parameter_count` of them receive the formal parameters on entry. The frame also holds: the current
// environment (context), `this`, new.target, the callee, and the actual arguments (for `arguments` and rest
// parameters). Generator and async frames live inside their heap object; suspend/resume copy nothing.
//
// Encoding: one opcode byte followed by each operand as a little-endian 32-bit word.
// Lexical this / new.target / super: the compiler emits LdaThis, LdaNewTarget, LdaSuperBase, SuperCall,
// StaThis and InitializeInstanceElements unchanged inside arrow functions and direct eval code; the frame
// supplies the values the arrow captured at creation (JSFunction::Lexical, ThisBox for derived
// constructors) or, for eval code, those of the calling frame. `arguments` is an ordinary binding the
// compiler resolves lexically.
//
// Operand kinds:
//   Reg    register index
//   Imm    signed 32-bit immediate
//   Const  index into the code block's constant pool (numbers, strings/atoms, code blocks, scope infos, ...)
//   Label  absolute bytecode offset of a jump target
//   Slot   inline-cache / feedback slot index in the code block
//   Count  an unsigned count
//   Flag   a small unsigned enum value documented at the instruction
#include <cstdint>

namespace yjs {

// V(Name, operand kinds...)  — semantics in the comment after each entry.
#define YJS_BYTECODES(V)                                                                                     \
    /* --- accumulator loads --- */                                                                          \
    V(LdaUndefined)                     /* acc = undefined */                                                \
    V(LdaNull)                          /* acc = null */                                                     \
    V(LdaTrue)                          /* acc = true */                                                     \
    V(LdaFalse)                         /* acc = false */                                                    \
    V(LdaEmpty)                         /* acc = the hole (uninitialised binding marker) */                  \
    V(LdaSmi, Imm)                      /* acc = imm (as a number) */                                        \
    V(LdaConstant, Const)               /* acc = constants[k] (number, string, bigint) */                    \
    V(Ldar, Reg)                        /* acc = r */                                                        \
    V(Star, Reg)                        /* r = acc */                                                        \
    V(Mov, Reg, Reg)                    /* r2 = r1 */                                                        \
    /* --- frame values --- */                                                                               \
    V(LdaThis)                          /* acc = frame this (may be the hole in derived constructors) */     \
    V(StaThis)                          /* frame this = acc (after super()) */                               \
    V(LdaNewTarget)                     /* acc = new.target of the frame (undefined for [[Call]]) */         \
    V(LdaCallee)                        /* acc = the running function object */                              \
    V(LdaSuperBase)                     /* acc = GetSuperBase(): [[HomeObject]].[[GetPrototypeOf]]() of the  \
                                           active function (arrows, eval: the creating/calling               \
                                           activation's); may be null. Evaluated when a super reference      \
                                           is created, before its key is converted (13.3.7.3) */             \
    V(CreateArguments, Flag)            /* acc = arguments object; flag 0 unmapped, 1 mapped (binds to the  \
                                           parameter registers/context slots described by the code block;    \
                                           context slots are those of the current context) */                \
    V(CreateRestParameter, Count)       /* acc = array of actual arguments from index n on */                \
    /* --- environments (contexts) --- */                                                                    \
    V(PushContext, Const)               /* push a new declarative environment described by constants[k]     \
                                           (a ScopeInfo: slot count and names); its slots start as holes */ \
    V(PushWithContext)                  /* push an object environment for `with`; acc = ToObject'd object */ \
    V(PopContext)                       /* current context = its parent */                                   \
    V(SaveContext, Reg)                 /* r = current context (for restoring in exception handlers) */     \
    V(RestoreContext, Reg)              /* current context = r */                                            \
    V(CreatePerIterationContext)        /* CreatePerIterationEnvironment: current context = a copy of it     \
                                           (same ScopeInfo and parent, slot values copied) */                \
    V(LdaContextSlot, Count, Count)     /* (depth, idx): acc = slot[idx] of the context `depth` levels up    \
                                           (every environment of the chain counts, `with` ones included) */  \
    V(StaContextSlot, Count, Count)     /* (depth, idx): slot[idx] of the context `depth` levels up = acc */ \
    V(ThrowIfHole, Const)               /* if acc is the hole: ReferenceError "Cannot access 'name' before    \
                                           initialization" (name = constants[k]) */                          \
    V(ThrowConstAssign, Const)          /* TypeError "Assignment to constant variable." */                   \
    V(LdaGlobal, Const, Slot)           /* acc = global binding `name` (lexical then global object);         \
                                           ReferenceError if unresolvable or an uninitialised lexical */      \
    V(LdaGlobalOrUndefined, Const, Slot) /* like LdaGlobal but undefined if unresolvable (typeof x) */       \
    V(StaGlobal, Const, Slot)           /* global binding `name` = acc; strict code: ReferenceError if       \
                                           unresolvable; TDZ and const checks for global lexicals */         \
    V(InitGlobalLexical, Const)         /* initialise global let/const/class `name` = acc */                \
    V(DeclareGlobals, Const)            /* GlobalDeclarationInstantiation for the script; constants[k] lists \
                                           var names, function names and lexical names (see code_block.h) */ \
                                        /* In eval code (CodeKind::Eval) it is EvalDeclarationInstantiation: \
                                           var env = variable_environment_of(current context) for sloppy     \
                                           direct eval, else the global environment; bindings deletable;     \
                                           no lexical_names (eval's own let/const/class live in compiler     \
                                           scopes); functions close over the current context */              \
    V(LdaLookup, Const)                 /* acc = dynamic lookup of `name` through the context chain (with,  \
                                           sloppy direct eval); ReferenceError if unresolvable */            \
    V(LdaLookupOrUndefined, Const)      /* typeof form: undefined if unresolvable */                         \
    V(LdaLookupWithThis, Const, Reg)    /* acc = value, r = this value for a call (with-object or undefined) */ \
    V(StaLookup, Const, Flag)           /* dynamic assignment of acc to `name`; flag 1 = strict */           \
    V(InitLookup, Const)                /* varEnv.SetMutableBinding(name, acc, false) with varEnv =          \
                                           variable_environment_of(current context): the Annex B.3.2.3       \
                                           copy of a block function to its var binding in sloppy eval */     \
    V(DeleteLookup, Const)              /* acc = delete `name` (sloppy) */                                   \
    V(ResolveLookup, Const, Reg)        /* r = ResolveBinding(name) through the context chain: the           \
                                           environment holding the binding (an internal cell), or            \
                                           undefined when unresolvable. A reference that is read and/or      \
                                           written after evaluating other code is resolved once, first */    \
    V(LdaResolved, Reg, Const)          /* acc = GetBindingValue(name) in environment r from ResolveLookup   \
                                           (object env: the property, or undefined/ReferenceError in         \
                                           strict code if it is gone; undefined r: ReferenceError) */        \
    V(StaResolved, Reg, Const, Flag)    /* PutValue of acc to `name` in environment r from ResolveLookup     \
                                           (SetMutableBinding; undefined r: set on the global object, or     \
                                           ReferenceError when flag 1 = strict) */                           \
    /* --- properties --- */                                                                                 \
    V(GetNamed, Reg, Const, Slot)       /* acc = r[name] (inline-cached) */                                  \
    V(SetNamed, Reg, Const, Slot, Flag) /* r[name] = acc; flag 1 = strict (throw on failure) */              \
    V(GetKeyed, Reg, Slot)              /* acc = r[acc] */                                                   \
    V(SetKeyed, Reg, Reg, Slot, Flag)   /* r1[r2] = acc; flag 1 = strict */                                  \
    V(DefineNamedOwn, Reg, Const)       /* CreateDataPropertyOrThrow(r, name, acc) (object literals) */     \
    V(DefineKeyedOwn, Reg, Reg, Flag)   /* CreateDataPropertyOrThrow(r1, ToPropertyKey(r2), acc);            \
                                           flag 1: also SetFunctionName(acc, key) (anonymous functions) */   \
    V(DefineAccessor, Reg, Reg, Flag)   /* define getter (flag&1==0) or setter (flag&1) acc on r1 under key  \
                                           r2; flag&2: enumerable (object literals) vs not (classes) */       \
                                        /* (sets the function's [[HomeObject]] = r1 and its name "get "/     \
                                           "set " + key, like DefineMethod) */                               \
    V(DefineMethod, Reg, Reg, Flag)     /* define method acc on r1 under key r2 (flag 1: enumerable),         \
                                           sets its [[HomeObject]] = r1 and its name from the key */          \
    V(SetPrototypeLiteral, Reg)         /* `__proto__: acc` in an object literal: set r's prototype if acc   \
                                           is an object or null */                                           \
    V(DeleteProperty, Reg, Flag)        /* acc = delete r[acc]; flag 1 = strict (TypeError on failure) */    \
    V(HasProperty, Reg)                 /* acc = (acc in r) — TypeError if r is not an object */             \
    V(GetSuper, Reg)                    /* acc = r.[[Get]](ToPropertyKey(acc), frame this) where r is the    \
                                           super base from LdaSuperBase (TypeError if null, checked          \
                                           before the key is converted) */                                   \
    V(SetSuper, Reg, Reg, Flag)         /* r1.[[Set]](ToPropertyKey(r2), acc, frame this), r1 = the super    \
                                           base (TypeError if null); flag 1 strict: throw on failure */      \
    V(GetPrivate, Reg, Reg)             /* acc = r1.#name where r2 holds the private-name symbol */          \
    V(SetPrivate, Reg, Reg)             /* r1.#name = acc (r2 private-name symbol) */                        \
    V(DefinePrivate, Reg, Reg, Flag)    /* add private element r2 to r1 with value acc; flag 0 field,         \
                                           1 method, 2 getter, 3 setter (accessors merge) */                 \
    V(HasPrivate, Reg)                  /* acc = (#name in acc) with r the private-name symbol; TypeError if \
                                           acc is not an object */                                           \
    V(CreatePrivateName, Const)         /* acc = a new private-name symbol with description constants[k] */ \
    /* --- literals and closures --- */                                                                      \
    V(CreateObject)                     /* acc = {} */                                                       \
    V(CreateArray)                      /* acc = [] */                                                       \
    V(ArrayPush, Reg)                   /* append acc to array r */                                          \
    V(ArrayPushHole, Reg)               /* append a hole to array r (elision) */                             \
    V(ArraySpread, Reg)                 /* append every value of iterable acc to array r */                  \
    V(CreateRegExp, Const, Const)       /* acc = new RegExp(pattern, flags) (both constants) */              \
    V(CreateClosure, Const)             /* acc = function object for code block constants[k] closing over   \
                                           the current context */                                            \
    V(CreateClass, Const, Reg, Reg)     /* ClassDefinitionEvaluation core: constructor code block            \
                                           constants[k], heritage r1 (hole if no `extends`); writes          \
                                           r2 = prototype object, acc = class constructor */                 \
    V(SetHomeObject, Reg)               /* acc function's [[HomeObject]] = r */                              \
    V(SetClassFields, Reg)              /* constructor r's instance-elements initializer = acc (a closure    \
                                           that defines fields/private methods on `this`) */                 \
    V(InitializeInstanceElements)       /* if the active function (the running constructor; for arrows and   \
                                           eval, the one they belong to) has an instance-elements            \
                                           initializer, call it with this = frame this; acc unchanged */     \
    V(GetTemplateObject, Const)         /* acc = the cached template object for template site constants[k] */ \
    /* --- operators (binary: acc = r OP acc) --- */                                                          \
    V(Add, Reg)                                                                                              \
    V(Sub, Reg)                                                                                              \
    V(Mul, Reg)                                                                                              \
    V(Div, Reg)                                                                                              \
    V(Mod, Reg)                                                                                              \
    V(Exp, Reg)                                                                                              \
    V(BitAnd, Reg)                                                                                           \
    V(BitOr, Reg)                                                                                            \
    V(BitXor, Reg)                                                                                           \
    V(ShiftLeft, Reg)                                                                                        \
    V(ShiftRight, Reg)                                                                                       \
    V(ShiftRightUnsigned, Reg)                                                                               \
    V(Inc)                              /* acc = acc + 1 (acc already numeric) */                            \
    V(Dec)                              /* acc = acc - 1 (acc already numeric) */                            \
    V(Negate)                           /* acc = -acc */                                                     \
    V(BitNot)                           /* acc = ~acc */                                                     \
    V(Not)                              /* acc = !ToBoolean(acc) */                                          \
    V(TypeOf)                           /* acc = typeof acc */                                               \
    V(ToNumeric)                        /* acc = ToNumeric(acc) (postfix/prefix update) */                   \
    V(ToNumber)                         /* acc = ToNumber(acc) (unary +) */                                  \
    V(ToString)                         /* acc = ToString(acc) (template literal substitutions) */           \
    V(ToPropertyKey)                    /* acc = ToPropertyKey(acc) (computed keys) */                       \
    V(ToPropertyKeyOfBase, Reg, Reg)    /* r2 = ToPropertyKey(r2) unless r1 is null or undefined (the key of \
                                           a reference read then written: the access throws first) */        \
    V(ToObject)                         /* acc = ToObject(acc) */                                            \
    V(TestEqual, Reg)                   /* acc = r == acc */                                                 \
    V(TestStrictEqual, Reg)             /* acc = r === acc */                                                \
    V(TestLessThan, Reg)                /* acc = r < acc */                                                  \
    V(TestGreaterThan, Reg)             /* acc = r > acc */                                                  \
    V(TestLessThanOrEqual, Reg)         /* acc = r <= acc */                                                 \
    V(TestGreaterThanOrEqual, Reg)      /* acc = r >= acc */                                                 \
    V(TestInstanceOf, Reg)              /* acc = r instanceof acc */                                         \
    V(TestIn, Reg)                      /* acc = r in acc (TypeError if acc is not an object) */             \
    V(TestNullish)                      /* acc = acc is null or undefined */                                 \
    V(TestUndefined)                    /* acc = acc is undefined */                                         \
    /* --- control flow --- */                                                                               \
    V(Jump, Label)                                                                                           \
    V(JumpIfTrue, Label)                /* if ToBoolean(acc) */                                              \
    V(JumpIfFalse, Label)               /* if !ToBoolean(acc) */                                             \
    V(JumpIfNullish, Label)                                                                                  \
    V(JumpIfNotNullish, Label)                                                                               \
    V(JumpIfUndefined, Label)                                                                                \
    V(JumpIfNotUndefined, Label)                                                                             \
    V(JumpIfHole, Label)                                                                                     \
    V(JumpIfNotHole, Label)                                                                                  \
    V(Return)                           /* return acc (runs no finally: the compiler inlines those). In a    \
                                           generator: completes it, the resumer gets {value: acc, done:      \
                                           true}; in an async function: resolves its promise with acc.       \
                                           [[Construct]] frames apply 10.2.2 steps 10-12 */                  \
    V(Throw)                            /* throw acc */                                                      \
    V(ThrowError, Flag, Const)          /* throw a new error of type flag (ErrorType) with message k */      \
    V(ThrowIfNotObject, Const)          /* TypeError with message constants[k] unless acc is an object */    \
    V(ThrowIfNullish, Const)            /* TypeError "Cannot destructure property 'k' of 'x' as it is null." \
                                           when acc is null/undefined; constants[k]: the first property      \
                                           name or "" */                                                     \
    V(ThrowSuperNotCalled)              /* ReferenceError if frame this is the hole (derived constructor    \
                                           returning/using this before super()) */                           \
    V(ThrowSuperAlreadyCalled)          /* ReferenceError if frame this is not the hole (second super()) */  \
    V(Debugger)                         /* no-op */                                                          \
    /* --- calls --- */                                                                                      \
    V(Call, Reg, Reg, Reg, Count)       /* acc = r1.[[Call]](this = r2, args = r3 .. r3+n-1) */              \
    V(TailCall, Reg, Reg, Reg, Count)   /* Call in tail position of a strict function (15.10 PrepareForTail  \
                                           Call): when r1 is a plain function the callee's frame replaces    \
                                           this one and its result returns to this frame's caller; otherwise \
                                           (or from a [[Construct]] or native-called frame) exactly Call */  \
    V(CallSpread, Reg, Reg, Reg)        /* acc = r1.[[Call]](this = r2, args = elements of array r3) */      \
                                        /* Every *Spread call takes an array the compiler built (by          \
                                           CreateArray/ArrayPush/ArraySpread/CreateRestParameter): its       \
                                           elements are read directly, never through iteration */            \
    V(CallDirectEval, Reg, Reg, Count, Flag) /* like Call with this = undefined; if r1 is %eval%, performs    \
                                           direct eval of the first argument in the current scope (flag 1 =  \
                                           strict caller, 2 = strict caller in tail position: another r1 is  \
                                           called as by TailCall) */                                         \
    V(CallDirectEvalSpread, Reg, Reg, Flag) /* CallDirectEval whose arguments are the elements of array r2   \
                                           (eval(...args)); flag 1 = strict caller */                        \
    V(Construct, Reg, Reg, Count)       /* acc = new r1(args r2 .. r2+n-1), new.target = r1 */               \
    V(ConstructSpread, Reg, Reg)        /* acc = new r1(...array r2) */                                      \
    V(SuperCall, Reg, Count)            /* acc = super(args r .. r+n-1): constructs the running function's  \
                                           [[GetPrototypeOf]]() with the frame's new.target */               \
    V(SuperCallSpread, Reg)             /* acc = super(...array r) */                                        \
    /* --- iteration --- */                                                                                  \
    V(GetIterator, Reg)                 /* GetIterator(acc, sync): r = iterator, r+1 = next method */        \
    V(GetAsyncIterator, Reg)            /* GetIterator(acc, async): r = iterator, r+1 = next method */       \
    V(IteratorStep, Reg, Label)         /* call r+1 on r; TypeError unless the result is an object; if done: \
                                           jump to label, else acc = result.value */                         \
    V(IteratorNextValue, Reg, Reg)      /* destructuring step on iterator r1 (+ next r1+1), done flag r2:    \
                                           if r2 is true: acc = undefined. Else r2 = true, call next,        \
                                           TypeError unless an object; if done: acc = undefined, else        \
                                           acc = result.value and r2 = false (r2 stays true on throws) */    \
    V(IteratorClose, Reg)               /* IteratorClose(r, normal completion) */                            \
    V(IteratorCloseQuiet, Reg)          /* IteratorClose for a throw completion: calls return, ignores its    \
                                           result and errors (the pending exception wins) */                 \
    /* --- explicit resource management --- */                                                              \
    V(CreateDisposeCapability)          /* acc = a new, empty DisposeCapability (an internal cell) */        \
    V(AddDisposableResource, Reg, Flag) /* AddDisposableResource(capability r, acc, hint): flag 0            \
                                           sync-dispose (`using`), 1 async-dispose (`await using`); acc      \
                                           unchanged */                                                      \
    V(DisposeResources, Reg, Reg, Reg, Flag) /* DisposeResources(capability r1, completion) at the finally   \
                                           of a scope with using declarations: r2 is the finally's           \
                                           completion kind (1 = throw, with the exception in r3). Flag 0:    \
                                           disposes now and throws the resulting error, if any. Flag 1       \
                                           (await using): acc = a promise to await, which rejects with the   \
                                           new error if disposal raised one; or undefined when the           \
                                           capability is empty (nothing to await) */                         \
    V(ForInPrepare, Reg)                /* r = for-in enumerator over acc (EnumerateObjectProperties) */     \
    V(ForInNext, Reg, Label)            /* acc = next key from enumerator r, or jump to label when done */   \
    V(CopyDataProperties, Reg, Reg, Count) /* object rest: acc = new object with own enumerable properties of \
                                           r1 except the keys in registers r2 .. r2+n-1 */                   \
    V(CopyDataPropertiesInto, Reg)      /* object spread: CopyDataProperties(r, acc, no exclusions) -        \
                                           CreateDataProperty on r for each own enumerable property of       \
                                           ToObject(acc); null/undefined copy nothing */                     \
    /* --- generators and async functions --- */                                                             \
    V(InitialSuspend)                   /* end of a generator's prologue: create the generator object's      \
                                           prototype from the callee and return the generator to the caller */ \
    V(Yield, Reg)                       /* suspend; acc is the iterator result object to hand out (async     \
                                           generators: the value itself, already awaited); on                \
                                           resume acc = sent value, r = resume mode (0 next, 1 throw,        \
                                           2 return) */                                                      \
    V(YieldDelegate, Reg, Reg, Label, Label) /* one step of yield* in a sync generator (15.5.5 step 7):      \
                                           r1 = delegate iterator, r1+1 its next method; r2 = received       \
                                           completion kind (0 normal, 1 throw, 2 return), acc its value.     \
                                           0: inner = Call(next, it, <acc>). 1: m = GetMethod(it,"throw");   \
                                           undefined: IteratorClose(it, normal) then TypeError; else         \
                                           inner = Call(m, it, <acc>). 2: m = GetMethod(it, "return");       \
                                           undefined: jump label2 (acc unchanged); else inner = Call(m,      \
                                           it, <acc>). TypeError unless inner is an object. If               \
                                           IteratorComplete(inner): acc = IteratorValue(inner), jump to      \
                                           label2 if the kind was 2, else label1. Otherwise acc = inner      \
                                           and fall through (the compiler then emits Yield, which hands      \
                                           inner out as is, and loops) */                                    \
    V(Await, Reg)                       /* async functions: suspend until acc settles; on resume acc = value \
                                           and r = 0 (fulfilled) or 1 (rejected) */                          \
    V(CreateIterResult, Flag)           /* acc = CreateIterResultObject(acc, flag != 0) */                   \
    V(ResumeModeDispatch, Reg, Label, Label) /* after Yield: r mode 1 (throw) → throw acc; mode 2 (return)   \
                                           → jump to label1; mode 0 → fall through. label2 unused (0) */     \
    /* --- modules --- */                                                                                    \
    V(ImportCall, Reg, Flag)            /* acc = import(acc, r) promise; r: the options or undefined; flag:  \
                                           the phase (ImportPhase: 0 evaluation, 1 defer, 2 source) */       \
    V(ImportMeta)                       /* acc = import.meta */                                              \
    V(LdaModuleVariable, Count, Count)  /* (idx, depth): acc = the import binding in slot idx of the module  \
                                           environment `depth` levels up, read through whatever the linker   \
                                           stored there (see compiler/module_layout.h); hole-checked by      \
                                           the caller. Local module bindings use LdaContextSlot */           \
    V(StaModuleVariable, Count, Count)  /* module binding = acc */                                           \
    V(Nop)

enum class Opcode : std::uint8_t {
#define YJS_DECLARE_OPCODE(name, ...) name,
    YJS_BYTECODES(YJS_DECLARE_OPCODE)
#undef YJS_DECLARE_OPCODE
        Count
};

enum class OperandKind : std::uint8_t { Reg, Imm, Const, Label, Slot, Count, Flag };

struct OpcodeInfo {
    const char* name;
    std::uint8_t operand_count;
    OperandKind operands[5];
};

// Per-opcode name and operand kinds, for the emitter's checks and the disassembler.
const OpcodeInfo& opcode_info(Opcode);
// Size in bytes of an instruction with this opcode.
inline constexpr std::uint32_t instruction_size(std::uint8_t operand_count) { return 1 + 4 * operand_count; }

} // namespace yjs
