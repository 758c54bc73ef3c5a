// exit: 1
/**
 * 简易的 async/await 执行器
 * @param {GeneratorFunction} generatorFunc - 一个 Generator 函数
 */
 function asyncRunner(generatorFunc) {
  // 1. 调用 Generator 函数，获取迭代器
  const iterator = generatorFunc();

  // 2. 返回一个新的 Promise，因为整个 async 函数本身就是返回一个 Promise
  return new Promise((resolve, reject) => {
    // 3. 定义一个递归函数来处理每一步
    function step(nextResult) {
      let result;
      try {
        // 4. 从迭代器获取下一步的结果 { value, done }
        result = iterator.next(nextResult);
      } catch (error) {
        // 如果 Generator 内部出错，直接 reject
        return reject(error);
      }

      const { value, done } = result;

      // 5. 检查 Generator 是否已经执行完毕
      if (done) {
        // 如果完成，就用最终的返回值 
        resolve Promise
        return resolve(value);
      }

      // 6. 如果 value 不是 Promise，将其包装成 Promise
      // 这样可以统一处理，`await` 后面可以跟任何值
      Promise.resolve(value)
        .then(res => {
          // 7. 当 Promise 成功时，递归调用 step，并将结果传回 Generator
          step(res);
        })
        .catch(err => {
          // 8. 如果 Promise 失败，调用 iterator.throw() 将错误抛入 Generator// 这样 Generator 内部的 try...catch 就能捕获到try {
            iterator.throw(err);
          } catch (error) {
            reject(error);
          }
        });
    }

    // 第一次启动执行器
    step();
  });
}
