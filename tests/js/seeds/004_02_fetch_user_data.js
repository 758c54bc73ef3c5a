/**
 * 模拟一个异步任务，在指定时间后返回结果
 * @param {any} data - 想要返回的数据
 * @param {number} delay - 延迟的毫秒数
 * @returns {Promise}
 */function fetchUserData(data, delay) {
  return new Promise(resolve => {
    console.log(`开始请求数据: ${data}...`);
    setTimeout(() => {
      console.log(`数据请求完成: ${data}`);
      resolve(data);
    }, delay);
  });
}
