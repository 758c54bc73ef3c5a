// Slow paths of the arithmetic, bitwise, comparison and relational operators (13.5-13.12), and the
// error helpers shared by the interpreter.
#include "runtime/abstract_ops.h"
#include "runtime/bigint.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/interpreter_internal.h"

#include <cmath>
#include <string>

namespace yjs::interp {

namespace {

// A short description of a value for error messages ("undefined", "\"abc\"", "#<Object>", ...).
std::string describe(VM& vm, Value value) {
    if (value.is_undefined()) return "undefined";
    if (value.is_null()) return "null";
    if (value.is_boolean()) return value.is_true() ? "true" : "false";
    if (value.is_number()) return NumberToString(vm, value.as_number())->to_utf8();
    if (value.is_string()) return "\"" + value.as_string()->to_utf8() + "\"";
    if (value.is_symbol()) return value.as_symbol()->descriptive_string(vm)->to_utf8();
    if (value.is_bigint()) return value.as_bigint()->to_std_string(); // V8 prints BigInts without the n here
    if (value.is_object()) return std::string("#<") + value.as_object()->class_name() + ">";
    return "value";
}

// How an error message names the operand of the instruction at frame.ip: its source text if recorded.
std::string operand_name(VM& vm, const Frame& frame, Value value) {
    if (const OperandText* text = operand_text(frame)) return text->text;
    return describe(vm, value);
}

// The BigInt half of the numeric operators (6.1.6.2).
ThrowCompletionOr<BigInt*> bigint_operation(VM& vm, Opcode op, BigInt* left, BigInt* right) {
    switch (op) {
    case Opcode::Add:
        return BigInt::add(vm, left, right);
    case Opcode::Sub:
        return BigInt::subtract(vm, left, right);
    case Opcode::Mul:
        return BigInt::multiply(vm, left, right);
    case Opcode::Div:
        return BigInt::divide(vm, left, right);
    case Opcode::Mod:
        return BigInt::remainder(vm, left, right);
    case Opcode::Exp:
        return BigInt::exponentiate(vm, left, right);
    case Opcode::BitAnd:
        return BigInt::bitwiseAND(vm, left, right);
    case Opcode::BitOr:
        return BigInt::bitwiseOR(vm, left, right);
    case Opcode::BitXor:
        return BigInt::bitwiseXOR(vm, left, right);
    case Opcode::ShiftLeft:
        return BigInt::leftShift(vm, left, right);
    case Opcode::ShiftRight:
        return BigInt::signedRightShift(vm, left, right);
    default:
        return BigInt::unsignedRightShift(vm, left, right);
    }
}

double number_operation(Opcode op, double left, double right) {
    switch (op) {
    case Opcode::Add:
        return left + right;
    case Opcode::Sub:
        return left - right;
    case Opcode::Mul:
        return left * right;
    case Opcode::Div:
        return left / right;
    case Opcode::Mod:
        return std::fmod(left, right);
    case Opcode::Exp:
        // Number::exponentiate differs from pow for a NaN exponent and for |base| = 1 with an infinite one.
        if (std::isnan(right)) return std::nan("");
        if (right == 0) return 1;
        if ((left == 1 || left == -1) && std::isinf(right)) return std::nan("");
        return std::pow(left, right);
    case Opcode::BitAnd:
        return static_cast<double>(static_cast<std::int32_t>(to_int32(left)) & static_cast<std::int32_t>(to_int32(right)));
    case Opcode::BitOr:
        return static_cast<double>(static_cast<std::int32_t>(to_int32(left)) | static_cast<std::int32_t>(to_int32(right)));
    case Opcode::BitXor:
        return static_cast<double>(static_cast<std::int32_t>(to_int32(left)) ^ static_cast<std::int32_t>(to_int32(right)));
    case Opcode::ShiftLeft:
        return static_cast<double>(
            static_cast<std::int32_t>(static_cast<std::uint32_t>(to_int32(left)) << (to_uint32(right) & 31)));
    case Opcode::ShiftRight:
        return static_cast<double>(static_cast<std::int32_t>(to_int32(left)) >> (to_uint32(right) & 31));
    case Opcode::ShiftRightUnsigned:
        return static_cast<double>(to_uint32(left) >> (to_uint32(right) & 31));
    default:
        return std::nan("");
    }
}

// ApplyStringOrNumericBinaryOperator steps 3-8, once both operands are numeric.
ThrowCompletionOr<Value> numeric_operation(VM& vm, Opcode op, Value left, Value right) {
    if (left.is_number() && right.is_number())
        return Value(number_operation(op, left.as_number(), right.as_number()));
    if (left.is_bigint() && right.is_bigint())
        return Value(TRY(bigint_operation(vm, op, left.as_bigint(), right.as_bigint())));
    return vm.throw_type_error("Cannot mix BigInt and other types, use explicit conversions");
}

} // namespace

double to_int32(double value) {
    if (value >= -2147483648.0 && value <= 2147483647.0) return static_cast<double>(static_cast<std::int32_t>(value));
    if (!std::isfinite(value)) return 0;
    double modulo = std::fmod(std::trunc(value), 4294967296.0);
    if (modulo < 0) modulo += 4294967296.0;
    return static_cast<double>(static_cast<std::int32_t>(static_cast<std::uint32_t>(modulo)));
}

std::uint32_t to_uint32(double value) {
    if (value >= 0 && value <= 4294967295.0) return static_cast<std::uint32_t>(value);
    if (!std::isfinite(value)) return 0;
    double modulo = std::fmod(std::trunc(value), 4294967296.0);
    if (modulo < 0) modulo += 4294967296.0;
    return static_cast<std::uint32_t>(modulo);
}

ThrowCompletion throw_stack_overflow(VM& vm) { return vm.throw_range_error("Maximum call stack size exceeded"); }

const OperandText* operand_text(const Frame& frame) {
    return frame.code_block->operand_text_for(
        static_cast<std::uint32_t>(frame.ip - frame.code_block->bytecode.data()));
}

ThrowCompletion throw_destructure_nullish(VM& vm, const Frame& frame, Value value, JSString* first_property) {
    const OperandText* text = operand_text(frame);
    std::string source = text ? text->text : value.is_null() ? "object null" : "undefined";
    std::string tail = "'" + source + "' as it is " + (value.is_null() ? "null." : "undefined.");
    if (first_property->length() == 0) return vm.throw_type_error("Cannot destructure " + tail);
    return vm.throw_type_error("Cannot destructure property '" + first_property->to_utf8() + "' of " + tail);
}

ThrowCompletion throw_not_callable(VM& vm, const Frame& frame, Value callee) {
    return vm.throw_type_error(operand_name(vm, frame, callee) + " is not a function");
}

ThrowCompletion throw_not_constructor(VM& vm, const Frame& frame, Value callee) {
    return vm.throw_type_error(operand_name(vm, frame, callee) + " is not a constructor");
}

namespace {

ThrowCompletionOr<Value> concat_strings(VM& vm, JSString* left, JSString* right) {
    if (std::uint64_t(left->length()) + right->length() > JSString::kMaxLength)
        return vm.throw_range_error("Invalid string length");
    return Value(JSString::concat(vm, left, right));
}

} // namespace

ThrowCompletionOr<Value> add(VM& vm, Value left, Value right) {
    if (left.is_string() && right.is_string()) return concat_strings(vm, left.as_string(), right.as_string());
    // ApplyStringOrNumericBinaryOperator with +.
    Value left_primitive = TRY(ToPrimitive(vm, left));
    Value right_primitive = TRY(ToPrimitive(vm, right));
    if (left_primitive.is_string() || right_primitive.is_string()) {
        JSString* left_string = TRY(ToString(vm, left_primitive));
        JSString* right_string = TRY(ToString(vm, right_primitive));
        return concat_strings(vm, left_string, right_string);
    }
    Value left_numeric = TRY(ToNumeric(vm, left_primitive));
    Value right_numeric = TRY(ToNumeric(vm, right_primitive));
    return numeric_operation(vm, Opcode::Add, left_numeric, right_numeric);
}

ThrowCompletionOr<Value> binary_numeric(VM& vm, Opcode op, Value left, Value right) {
    Value left_numeric = TRY(ToNumeric(vm, left));
    Value right_numeric = TRY(ToNumeric(vm, right));
    return numeric_operation(vm, op, left_numeric, right_numeric);
}

ThrowCompletionOr<Value> increment(VM& vm, Value value, bool is_increment) {
    Value numeric = TRY(ToNumeric(vm, value));
    if (numeric.is_bigint()) return Value(TRY(BigInt::increment(vm, numeric.as_bigint(), is_increment)));
    return Value(numeric.as_number() + (is_increment ? 1 : -1));
}

ThrowCompletionOr<Value> negate(VM& vm, Value value) {
    Value numeric = TRY(ToNumeric(vm, value));
    if (numeric.is_bigint()) return Value(TRY(BigInt::unaryMinus(vm, numeric.as_bigint())));
    return Value(-numeric.as_number());
}

ThrowCompletionOr<Value> bitwise_not(VM& vm, Value value) {
    Value numeric = TRY(ToNumeric(vm, value));
    if (numeric.is_bigint()) return Value(TRY(BigInt::bitwiseNOT(vm, numeric.as_bigint())));
    return Value(static_cast<double>(~static_cast<std::int32_t>(to_int32(numeric.as_number()))));
}

ThrowCompletionOr<bool> loosely_equal(VM& vm, Value left, Value right) {
    if (left.is_string() && right.is_string()) return left.as_string()->equals(right.as_string());
    return IsLooselyEqual(vm, left, right);
}

bool strictly_equal(Value left, Value right) {
    if (left.is_number() && right.is_number()) return left.as_number() == right.as_number();
    if (left.is_string() && right.is_string())
        return left.as_string() == right.as_string() || left.as_string()->equals(right.as_string());
    if (left.is_bigint() || right.is_bigint()) return IsStrictlyEqual(left, right);
    return left.bits() == right.bits();
}

ThrowCompletionOr<bool> compare(VM& vm, Opcode op, Value left, Value right) {
    switch (op) {
    case Opcode::TestLessThan: {
        auto result = TRY(IsLessThan(vm, left, right, true));
        return result.value_or(false);
    }
    case Opcode::TestGreaterThan: {
        auto result = TRY(IsLessThan(vm, right, left, false));
        return result.value_or(false);
    }
    case Opcode::TestLessThanOrEqual: {
        auto result = TRY(IsLessThan(vm, right, left, false));
        return result.has_value() && !*result;
    }
    case Opcode::TestGreaterThanOrEqual: {
        auto result = TRY(IsLessThan(vm, left, right, true));
        return result.has_value() && !*result;
    }
    default:
        return false;
    }
}

ThrowCompletionOr<bool> instance_of(VM& vm, Value object, Value target) {
    return InstanceofOperator(vm, object, target);
}

ThrowCompletionOr<bool> has_property_operator(VM& vm, Value key, Value object) {
    if (!object.is_object()) {
        std::string key_text = key.is_string() ? key.as_string()->to_utf8() : describe(vm, key);
        return vm.throw_type_error("Cannot use 'in' operator to search for '" + key_text + "' in " +
                                   describe(vm, object));
    }
    PropertyKey property_key = TRY(ToPropertyKey(vm, key));
    return object.as_object()->has_property(vm, property_key);
}

} // namespace yjs::interp
