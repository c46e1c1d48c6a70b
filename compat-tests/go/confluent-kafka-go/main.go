// confluent-kafka-go 0.11.6 (Debian golang-github-confluentinc-confluent-kafka-go-dev, cgo on Debian's
// librdkafka 2.0.2) against a broker; prints one JSON document.
//
// usage: confluent-kafka-go BOOTSTRAP COMMAND ARGS... [PROP=VALUE ...]
//
//	produce TOPIC                      < {"records": [RECORD, ...]}   -> {"delivered": [{"partition", "offset"}]}
//	consume TOPIC PARTITION OFFSET COUNT                              -> {"records": [RECORD + offset]}
//	offset-for-time TOPIC PARTITION TIMESTAMP_MS                      -> {"offset": n}
//	metadata                                                          -> {"brokers": [ids], "topics": {name: partitions}}
//	group GROUP TOPIC                                                 -> {"records": [[p, o, value]], "assignments": [[p...]...]}
//	admin OP JSON                                                     -> {"results": [{"name", "error": {"code", "message"}|null}], "configs": {...}}
//
// RECORD is the compat suites' JSON record (hex bytes, null kept). PROP=VALUE are librdkafka properties
// (compression.type, enable.idempotence, ...), except ready_file=<path> and idle_ms=<n> (group), which are ours.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/ioutil"
	"os"
	"sort"
	"strconv"
	"time"

	"github.com/confluentinc/confluent-kafka-go/kafka"
	"samsacompat"
)

var ours = map[string]bool{"ready_file": true, "idle_ms": true}

// options splits trailing PROP=VALUE arguments into librdkafka properties and our own options.
func options(args []string) ([]string, kafka.ConfigMap, map[string]string) {
	positional, all := samsacompat.Options(args)
	props := kafka.ConfigMap{}
	opts := map[string]string{}
	for k, v := range all {
		if ours[k] {
			opts[k] = v
		} else {
			props[k] = v
		}
	}
	return positional, props, opts
}

func withBootstrap(bootstrap string, props kafka.ConfigMap, extra kafka.ConfigMap) *kafka.ConfigMap {
	cm := kafka.ConfigMap{"bootstrap.servers": bootstrap, "client.id": "compat-confluent-kafka-go"}
	for k, v := range extra {
		cm[k] = v
	}
	for k, v := range props {
		cm[k] = v
	}
	return &cm
}

func produce(bootstrap string, args []string, props kafka.ConfigMap) {
	topic := args[0]
	var in struct{ Records []samsacompat.Record }
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		samsacompat.Fail(err)
	}
	p, err := kafka.NewProducer(withBootstrap(bootstrap, props, kafka.ConfigMap{"linger.ms": 5}))
	if err != nil {
		samsacompat.Fail(err)
	}
	defer p.Close()
	type delivery struct {
		Partition int32   `json:"partition"`
		Offset    int64   `json:"offset"`
		Error     *string `json:"error"`
	}
	delivered := make([]delivery, len(in.Records))
	// 0.11's Flush never reaches 0 unless Events() is drained, so every record gets the delivery channel.
	reports := make(chan kafka.Event, len(in.Records))
	for i, r := range in.Records {
		partition := kafka.PartitionAny
		if r.Partition != nil {
			partition = *r.Partition
		}
		m := &kafka.Message{TopicPartition: kafka.TopicPartition{Topic: &topic, Partition: partition}, Key: samsacompat.Unhex(r.Key), Value: samsacompat.Unhex(r.Value), Opaque: i}
		for _, h := range r.Headers {
			m.Headers = append(m.Headers, kafka.Header{Key: *h[0], Value: samsacompat.Unhex(h[1])})
		}
		if r.Timestamp != nil {
			m.Timestamp = time.Unix(0, *r.Timestamp*int64(time.Millisecond))
		}
		if err := p.Produce(m, reports); err != nil {
			samsacompat.Fail(err)
		}
	}
	deadline := time.After(30 * time.Second)
	for n := 0; n < len(in.Records); n++ {
		select {
		case e := <-reports:
			m, ok := e.(*kafka.Message)
			if !ok {
				samsacompat.Fail(fmt.Errorf("unexpected event %v", e))
			}
			d := delivery{m.TopicPartition.Partition, int64(m.TopicPartition.Offset), nil}
			if m.TopicPartition.Error != nil {
				s := m.TopicPartition.Error.Error()
				d.Error = &s
			}
			delivered[m.Opaque.(int)] = d
		case <-deadline:
			samsacompat.Fail(fmt.Errorf("%d records not delivered within 30 s", len(in.Records)-n))
		}
	}
	samsacompat.Emit(map[string]interface{}{"delivered": delivered})
}

func startOffset(s string) kafka.Offset {
	switch s {
	case "beginning":
		return kafka.OffsetBeginning
	case "end":
		return kafka.OffsetEnd
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		samsacompat.Fail(err)
	}
	return kafka.Offset(n)
}

func toRecord(m *kafka.Message) samsacompat.Record {
	r := samsacompat.Record{Key: samsacompat.Tohex(m.Key), Value: samsacompat.Tohex(m.Value), Headers: [][]*string{}}
	for _, h := range m.Headers {
		name := h.Key
		r.Headers = append(r.Headers, []*string{&name, samsacompat.Tohex(h.Value)})
	}
	ts := int64(-1)
	if m.TimestampType != kafka.TimestampNotAvailable {
		ts = m.Timestamp.UnixNano() / int64(time.Millisecond)
	}
	p, o := m.TopicPartition.Partition, int64(m.TopicPartition.Offset)
	r.Timestamp, r.Partition, r.Offset = &ts, &p, &o
	return r
}

func consume(bootstrap string, args []string, props kafka.ConfigMap, opts map[string]string) {
	topic := args[0]
	partition, _ := strconv.Atoi(args[1])
	count, _ := strconv.Atoi(args[3])
	// group.id is only a name here: Assign() uses no group, and nothing is committed.
	c, err := kafka.NewConsumer(withBootstrap(bootstrap, props, kafka.ConfigMap{"group.id": "compat-unused", "enable.auto.commit": false}))
	if err != nil {
		samsacompat.Fail(err)
	}
	defer c.Close()
	if err := c.Assign([]kafka.TopicPartition{{Topic: &topic, Partition: int32(partition), Offset: startOffset(args[2])}}); err != nil {
		samsacompat.Fail(err)
	}
	records := []samsacompat.Record{}
	idle := time.Duration(samsacompat.IntOpt(opts, "idle_ms", 5000)) * time.Millisecond
	last := time.Now()
	for len(records) < count && time.Since(last) < idle {
		switch e := c.Poll(100).(type) {
		case *kafka.Message:
			if e.TopicPartition.Error != nil {
				samsacompat.Fail(e.TopicPartition.Error)
			}
			records = append(records, toRecord(e))
			last = time.Now()
		case kafka.Error:
			samsacompat.Fail(e)
		}
	}
	samsacompat.Emit(map[string]interface{}{"records": records})
}

func offsetForTime(bootstrap string, args []string, props kafka.ConfigMap) {
	topic := args[0]
	partition, _ := strconv.Atoi(args[1])
	ts, _ := strconv.ParseInt(args[2], 10, 64)
	c, err := kafka.NewConsumer(withBootstrap(bootstrap, props, kafka.ConfigMap{"group.id": "compat-unused"}))
	if err != nil {
		samsacompat.Fail(err)
	}
	defer c.Close()
	found, err := c.OffsetsForTimes([]kafka.TopicPartition{{Topic: &topic, Partition: int32(partition), Offset: kafka.Offset(ts)}}, 15000)
	if err != nil {
		samsacompat.Fail(err)
	}
	if found[0].Error != nil {
		samsacompat.Fail(found[0].Error)
	}
	samsacompat.Emit(map[string]int64{"offset": int64(found[0].Offset)})
}

func metadata(bootstrap string, props kafka.ConfigMap) {
	p, err := kafka.NewProducer(withBootstrap(bootstrap, props, nil))
	if err != nil {
		samsacompat.Fail(err)
	}
	defer p.Close()
	md, err := p.GetMetadata(nil, true, 15000)
	if err != nil {
		samsacompat.Fail(err)
	}
	brokers := []int32{}
	for _, b := range md.Brokers {
		brokers = append(brokers, b.ID)
	}
	topics := map[string][]int32{}
	for name, t := range md.Topics {
		leaders := make([]int32, len(t.Partitions))
		for _, part := range t.Partitions {
			leaders[part.ID] = part.Leader
		}
		topics[name] = leaders
	}
	samsacompat.Emit(map[string]interface{}{"brokers": brokers, "topics": topics})
}

func group(bootstrap string, args []string, props kafka.ConfigMap, opts map[string]string) {
	c, err := kafka.NewConsumer(withBootstrap(bootstrap, props, kafka.ConfigMap{
		"group.id": args[0], "auto.offset.reset": "earliest", "auto.commit.interval.ms": 100,
		"session.timeout.ms": 10000, "heartbeat.interval.ms": 500,
	}))
	if err != nil {
		samsacompat.Fail(err)
	}
	assignments := [][]int32{}
	records := [][]interface{}{}
	onRebalance := func(c *kafka.Consumer, e kafka.Event) error {
		switch ev := e.(type) {
		case kafka.AssignedPartitions:
			parts := []int32{}
			for _, tp := range ev.Partitions {
				parts = append(parts, tp.Partition)
			}
			sort.Slice(parts, func(i, j int) bool { return parts[i] < parts[j] })
			assignments = append(assignments, parts)
			c.Assign(ev.Partitions)
			if f := opts["ready_file"]; f != "" {
				ioutil.WriteFile(f, []byte("ready"), 0o644)
			}
		case kafka.RevokedPartitions:
			c.Unassign()
		}
		return nil
	}
	if err := c.SubscribeTopics([]string{args[1]}, onRebalance); err != nil {
		samsacompat.Fail(err)
	}
	idle := time.Duration(samsacompat.IntOpt(opts, "idle_ms", 4000)) * time.Millisecond
	started := time.Now()
	last := time.Now()
	for {
		if len(assignments) == 0 && time.Since(started) > 30*time.Second {
			samsacompat.Fail(fmt.Errorf("no assignment within 30 s"))
		}
		if len(assignments) > 0 && time.Since(last) > idle {
			break
		}
		switch e := c.Poll(100).(type) {
		case *kafka.Message:
			records = append(records, []interface{}{e.TopicPartition.Partition, int64(e.TopicPartition.Offset), string(e.Value)})
			last = time.Now()
		case kafka.Error:
			fmt.Fprintln(os.Stderr, "consumer error:", e)
		case kafka.AssignedPartitions, kafka.RevokedPartitions:
			onRebalance(c, e)
			last = time.Now()
		}
	}
	// Close commits the stored offsets and leaves the group.
	if err := c.Close(); err != nil {
		samsacompat.Fail(err)
	}
	samsacompat.Emit(map[string]interface{}{"records": records, "assignments": assignments})
}

type kafkaErr struct {
	Code    int    `json:"code"`
	Name    string `json:"name"`
	Message string `json:"message"`
}

func errorOf(e kafka.Error) *kafkaErr {
	if e.Code() == kafka.ErrNoError {
		return nil
	}
	return &kafkaErr{int(e.Code()), e.Code().String(), e.Error()}
}

func admin(bootstrap string, args []string, props kafka.ConfigMap) {
	a, err := kafka.NewAdminClient(withBootstrap(bootstrap, props, nil))
	if err != nil {
		samsacompat.Fail(err)
	}
	defer a.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	type result struct {
		Name  string    `json:"name"`
		Error *kafkaErr `json:"error"`
	}
	results := []result{}
	fromTopics := func(rs []kafka.TopicResult) {
		for _, r := range rs {
			results = append(results, result{r.Topic, errorOf(r.Error)})
		}
	}
	out := map[string]interface{}{}
	switch args[0] {
	case "create-topics":
		var specs []kafka.TopicSpecification
		if err := json.Unmarshal([]byte(args[1]), &specs); err != nil {
			samsacompat.Fail(err)
		}
		rs, err := a.CreateTopics(ctx, specs, kafka.SetAdminOperationTimeout(10*time.Second))
		if err != nil {
			samsacompat.Fail(err)
		}
		fromTopics(rs)
	case "delete-topics":
		var names []string
		if err := json.Unmarshal([]byte(args[1]), &names); err != nil {
			samsacompat.Fail(err)
		}
		rs, err := a.DeleteTopics(ctx, names, kafka.SetAdminOperationTimeout(10*time.Second))
		if err != nil {
			samsacompat.Fail(err)
		}
		fromTopics(rs)
	case "create-partitions":
		var specs []kafka.PartitionsSpecification
		if err := json.Unmarshal([]byte(args[1]), &specs); err != nil {
			samsacompat.Fail(err)
		}
		rs, err := a.CreatePartitions(ctx, specs, kafka.SetAdminOperationTimeout(10*time.Second))
		if err != nil {
			samsacompat.Fail(err)
		}
		fromTopics(rs)
	case "describe-configs":
		var names []string
		if err := json.Unmarshal([]byte(args[1]), &names); err != nil {
			samsacompat.Fail(err)
		}
		resources := make([]kafka.ConfigResource, len(names))
		for i, n := range names {
			resources[i] = kafka.ConfigResource{Type: kafka.ResourceTopic, Name: n}
		}
		rs, err := a.DescribeConfigs(ctx, resources)
		if err != nil {
			samsacompat.Fail(err)
		}
		configs := map[string]map[string]string{}
		for _, r := range rs {
			results = append(results, result{r.Name, errorOf(r.Error)})
			values := map[string]string{}
			for name, entry := range r.Config {
				values[name] = entry.Value
			}
			configs[r.Name] = values
		}
		out["configs"] = configs
	default:
		samsacompat.Fail(fmt.Errorf("unknown admin op %s", args[0]))
	}
	out["results"] = results
	samsacompat.Emit(out)
}

func main() {
	if len(os.Args) < 3 {
		samsacompat.Fail(fmt.Errorf("usage: confluent-kafka-go BOOTSTRAP COMMAND ARGS... [PROP=VALUE ...]"))
	}
	bootstrap := os.Args[1]
	args, props, opts := options(os.Args[3:])
	switch os.Args[2] {
	case "produce":
		produce(bootstrap, args, props)
	case "consume":
		consume(bootstrap, args, props, opts)
	case "offset-for-time":
		offsetForTime(bootstrap, args, props)
	case "metadata":
		metadata(bootstrap, props)
	case "group":
		group(bootstrap, args, props, opts)
	case "admin":
		admin(bootstrap, args, props)
	default:
		samsacompat.Fail(fmt.Errorf("unknown command %s", os.Args[2]))
	}
}
