const path=require('path');const DIST=process.env.DIST||path.join(__dirname, '..', '..', 'dist');
const {readIntent}=require(path.join(DIST,'src/capabilities/qna/domain/question-intent.js'));
const {readForm}=require(path.join(DIST,'src/capabilities/qna/domain/question-form.js'));
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify(readIntent(q)), JSON.stringify(readForm(q,q)));
