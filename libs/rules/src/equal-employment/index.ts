export * from './discrimination-category';
export * from './requirement-kinds';
export * from './discriminatory-phrases';
export * from './equal-employment.rules';
