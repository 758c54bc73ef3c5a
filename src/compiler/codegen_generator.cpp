// yield, yield* and await.
#include "compiler/code_generator.h"
#include "runtime/vm.h"

#include <cassert>

namespace yjs {

void FunctionCompiler::emit_await() {
    // Await (27.7.5.3): suspend; a rejection resumes with mode 1 and is thrown here.
    Label next = builder_.new_label();
    builder_.emit(Opcode::Await, {resume_mode_register_});
    builder_.emit(Opcode::ResumeModeDispatch, {resume_mode_register_, next, 0u});
    builder_.bind(next);
}

void FunctionCompiler::await_expression(const AwaitExpression& await) {
    expression(await.argument);
    set_position(&await);
    emit_await();
}

void FunctionCompiler::emit_yield_resume() {
    // Resumption: next → the sent value is the result; throw → thrown at the yield; return → a return
    // completion unwinding through finally blocks (async generators await the value first).
    Label resume_return = builder_.new_label();
    Label next = builder_.new_label();
    builder_.emit(Opcode::ResumeModeDispatch, {resume_mode_register_, resume_return, 0u});
    builder_.emit(Opcode::Jump, {next});
    builder_.bind(resume_return);
    if (is_async_) emit_await();
    emit_return_value();
    builder_.bind(next);
}

void FunctionCompiler::yield_expression(const YieldExpression& yield) {
    if (yield.delegate) {
        yield_delegate(yield);
        return;
    }
    RegisterScope registers(*this);
    if (yield.argument) expression(yield.argument);
    else builder_.emit(Opcode::LdaUndefined);
    set_position(&yield);
    if (is_async_) {
        // AsyncGeneratorYield(? Await(value)).
        emit_await();
    } else {
        builder_.emit(Opcode::CreateIterResult, {0u});
    }
    builder_.emit(Opcode::Yield, {resume_mode_register_});
    emit_yield_resume();
}

void FunctionCompiler::yield_delegate(const YieldExpression& yield) {
    RegisterScope registers(*this);
    expression(yield.argument);
    std::uint32_t iterator = builder_.allocate_registers(2);
    std::uint32_t mode = builder_.allocate_register();
    set_position(&yield);
    if (!is_async_) {
        builder_.emit(Opcode::GetIterator, {iterator});
        builder_.emit(Opcode::LdaSmi, {0});
        builder_.emit(Opcode::Star, {mode});
        builder_.emit(Opcode::LdaUndefined);
        Label loop = builder_.new_label();
        Label done = builder_.new_label();
        Label resume_return = builder_.new_label();
        builder_.bind(loop);
        builder_.emit(Opcode::YieldDelegate, {iterator, mode, done, resume_return});
        builder_.emit(Opcode::Yield, {mode});
        builder_.emit(Opcode::Jump, {loop});
        builder_.bind(resume_return);
        emit_return_value();
        builder_.bind(done);
        return;
    }

    // Async generators (15.5.5 with generatorKind async): every inner result is awaited and the value
    // (not the result object) is yielded; written out with ordinary calls.
    builder_.emit(Opcode::GetAsyncIterator, {iterator});
    std::uint32_t received = builder_.allocate_register();
    std::uint32_t result = builder_.allocate_register();
    std::uint32_t method = builder_.allocate_register();
    std::uint32_t context = save_context();
    builder_.emit(Opcode::LdaSmi, {0});
    builder_.emit(Opcode::Star, {mode});
    builder_.emit(Opcode::LdaUndefined);
    builder_.emit(Opcode::Star, {received});

    Label loop = builder_.new_label();
    Label not_normal = builder_.new_label();
    Label not_throw = builder_.new_label();
    Label have_result = builder_.new_label();
    Label done = builder_.new_label();
    Label finish_return = builder_.new_label();
    std::uint32_t not_object = name_constant(u"Iterator result is not an object");

    builder_.bind(loop);
    // normal: innerResult = Await(Call(next, iterator, « received »)).
    builder_.emit(Opcode::LdaSmi, {0});
    builder_.emit(Opcode::TestStrictEqual, {mode});
    builder_.emit(Opcode::JumpIfFalse, {not_normal});
    builder_.emit(Opcode::Call, {iterator + 1, iterator, received, 1u});
    emit_await();
    builder_.emit(Opcode::Jump, {have_result});

    builder_.bind(not_normal);
    builder_.emit(Opcode::LdaSmi, {1});
    builder_.emit(Opcode::TestStrictEqual, {mode});
    builder_.emit(Opcode::JumpIfFalse, {not_throw});
    {
        // throw: call iterator.throw if present; otherwise close the iterator and throw a TypeError.
        Label no_throw_method = builder_.new_label();
        builder_.emit(Opcode::GetNamed, {iterator, name_constant(u"throw"), builder_.feedback_slot()});
        builder_.emit(Opcode::JumpIfNullish, {no_throw_method});
        builder_.emit(Opcode::Star, {method});
        builder_.emit(Opcode::Call, {method, iterator, received, 1u});
        emit_await();
        builder_.emit(Opcode::Jump, {have_result});
        builder_.bind(no_throw_method);
        emit_async_iterator_close(iterator, false);
        builder_.emit(Opcode::ThrowError, {static_cast<std::uint32_t>(ErrorType::TypeError),
                                           name_constant(u"The iterator does not provide a 'throw' method")});
    }

    builder_.bind(not_throw);
    {
        // return: call iterator.return if present (awaiting the received value first if absent).
        Label no_return_method = builder_.new_label();
        builder_.emit(Opcode::GetNamed, {iterator, name_constant(u"return"), builder_.feedback_slot()});
        builder_.emit(Opcode::JumpIfNullish, {no_return_method});
        builder_.emit(Opcode::Star, {method});
        builder_.emit(Opcode::Call, {method, iterator, received, 1u});
        emit_await();
        builder_.emit(Opcode::ThrowIfNotObject, {not_object});
        builder_.emit(Opcode::Star, {result});
        builder_.emit(Opcode::GetNamed, {result, name_constant(u"done"), builder_.feedback_slot()});
        Label not_done = builder_.new_label();
        builder_.emit(Opcode::JumpIfFalse, {not_done});
        builder_.emit(Opcode::GetNamed, {result, name_constant(u"value"), builder_.feedback_slot()});
        builder_.emit(Opcode::Jump, {finish_return});
        builder_.bind(not_done);
        builder_.emit(Opcode::Ldar, {result});
        Label yield_result = builder_.new_label();
        builder_.emit(Opcode::Jump, {yield_result});
        builder_.bind(no_return_method);
        builder_.emit(Opcode::Ldar, {received});
        emit_await();
        builder_.emit(Opcode::Jump, {finish_return});

        // Results of next/throw: done → the value of yield*; else yield the value.
        builder_.bind(have_result);
        builder_.emit(Opcode::ThrowIfNotObject, {not_object});
        builder_.emit(Opcode::Star, {result});
        builder_.emit(Opcode::GetNamed, {result, name_constant(u"done"), builder_.feedback_slot()});
        Label continue_yield = builder_.new_label();
        builder_.emit(Opcode::JumpIfFalse, {continue_yield});
        builder_.emit(Opcode::GetNamed, {result, name_constant(u"value"), builder_.feedback_slot()});
        builder_.emit(Opcode::Jump, {done});
        builder_.bind(continue_yield);
        builder_.emit(Opcode::Ldar, {result});
        builder_.bind(yield_result);
    }
    // AsyncGeneratorYield(? IteratorValue(innerResult)); the resumption is forwarded to the iterator.
    builder_.emit(Opcode::Star, {result});
    builder_.emit(Opcode::GetNamed, {result, name_constant(u"value"), builder_.feedback_slot()});
    builder_.emit(Opcode::Yield, {mode});
    builder_.emit(Opcode::Star, {received});
    // AsyncGeneratorUnwrapYieldResumption: a return resumption's value is awaited; a rejection turns it
    // into a throw resumption.
    builder_.emit(Opcode::LdaSmi, {2});
    builder_.emit(Opcode::TestStrictEqual, {mode});
    builder_.emit(Opcode::JumpIfFalse, {loop});
    HandlerRegion region;
    region.handler = builder_.new_label();
    open_region(region, context);
    builder_.emit(Opcode::Ldar, {received});
    emit_await();
    builder_.emit(Opcode::Star, {received});
    close_region(region);
    builder_.emit(Opcode::Jump, {loop});
    builder_.bind(region.handler);
    builder_.emit(Opcode::Star, {received});
    builder_.emit(Opcode::LdaSmi, {1});
    builder_.emit(Opcode::Star, {mode});
    builder_.emit(Opcode::Jump, {loop});

    builder_.bind(finish_return);
    emit_return_value();
    builder_.bind(done);
}

} // namespace yjs
