import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;
for (const s of process.argv.slice(2)) {
  const doc = nlp.readDoc(s);
  console.log(JSON.stringify(doc.sentences().out(its.span)));
  doc.tokens().each((t: any) => process.stdout.write(`${t.out()}|${t.out(its.normal)}|${t.out(its.lemma)}/${t.out(its.pos)}${t.out(its.negationFlag)?'/NEG':''} `));
  console.log('\n');
}
